namespace QuoteExtract.Records;

/// <summary>One quotation: what was said, how, through which cue and by whom.</summary>
/// <param name="Kind">Direct, indirect or mixed.</param>
/// <param name="Content">The reported words (inside the marks for direct speech).</param>
/// <param name="Cue">The reporting cue; null only when none can be located.</param>
/// <param name="Speaker">The speaker; null when it cannot be determined.</param>
/// <param name="Confidence">How likely the record is right, 0 to 1.</param>
public sealed record Quotation(QuotationKind Kind, TextSpan Content, Cue? Cue, QuotationSpeaker? Speaker, double Confidence);
