namespace QuoteExtract.Evaluation;

/// <summary>One gold quotation, located in its document: content [Start, End) and the cue span when found.</summary>
public sealed record GoldQuote(
    string Kind,
    string? Cue,
    string Speaker,
    string? Title,
    string? Mention,
    string From,
    string To,
    int Start,
    int End,
    (int Start, int End)? CueSpan);
