using QuoteExtract.Detection;
using QuoteExtract.Linking;

namespace QuoteExtract.Scoring;

/// <summary>
/// Decides between candidates. Detection proposes quotations and linking proposes their speakers; a
/// scorer gives each a probability. The pipeline keeps quotations that clear
/// <see cref="QuoteExtractorOptions.MinConfidence"/>, and a record's confidence is the product of both.
/// </summary>
internal interface ICandidateScorer
{
    /// <summary>The probability that the candidate is a quotation of the document.</summary>
    double ScoreQuote(DocumentContext doc, QuoteCandidate candidate);

    /// <summary>The probability that the quotation's resolved speaker is right.</summary>
    double ScoreSpeaker(DocumentContext doc, LinkedQuote quote, int sentencesSinceSpeaker);
}
