using QuoteExtract.Detection;
using QuoteExtract.Linking;

namespace QuoteExtract.Scoring;

/// <summary>
/// Decides between candidates. Detection proposes quotations and linking proposes speaker options for each;
/// a scorer gives each a probability. The pipeline keeps quotations that clear
/// <see cref="QuoteExtractorOptions.MinConfidence"/> and the best speaker option, and a record's confidence is
/// the product of both.
/// </summary>
internal interface ICandidateScorer
{
    /// <summary>The probability that the candidate is a quotation of the document.</summary>
    double ScoreQuote(DocumentContext doc, QuoteCandidate candidate);

    /// <summary>The probability that <paramref name="option"/> is the speaker of the candidate; the linker keeps the best option.</summary>
    double ScoreSpeaker(DocumentContext doc, QuoteCandidate candidate, SpeakerOption option);
}
