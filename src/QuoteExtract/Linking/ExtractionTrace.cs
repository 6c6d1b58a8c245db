using QuoteExtract.Detection;

namespace QuoteExtract.Linking;

/// <summary>Everything one run of the pipeline decided, before it becomes records: what training and evaluation look into.</summary>
internal sealed record ExtractionTrace(
    DocumentContext Document,
    IReadOnlyList<QuoteCandidate> Candidates,
    IReadOnlyList<LinkedQuote> Quotes,
    SpeakerTable Table);
