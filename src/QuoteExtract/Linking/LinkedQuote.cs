using QuoteExtract.Detection;

namespace QuoteExtract.Linking;

/// <summary>A quotation candidate with the document speaker it resolves to (null when none can be found).</summary>
internal sealed record LinkedQuote(QuoteCandidate Candidate, SpeakerEntity? Speaker);
