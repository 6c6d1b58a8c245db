using QuoteExtract.Detection;

namespace QuoteExtract.Scoring;

/// <summary>
/// Decides between candidates. Detection proposes quotations and speaker candidates; a scorer gives
/// each a probability, and the pipeline keeps what clears <see cref="QuoteExtractorOptions.MinConfidence"/>.
/// </summary>
internal interface ICandidateScorer
{
    /// <summary>The probability that the candidate is a quotation of the document.</summary>
    double ScoreQuote(DocumentContext doc, QuoteCandidate candidate);
}
