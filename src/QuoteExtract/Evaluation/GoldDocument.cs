namespace QuoteExtract.Evaluation;

/// <summary>A gold-annotated document: its text and its quotations located in it.</summary>
public sealed record GoldDocument(string Id, string Text, IReadOnlyList<GoldQuote> Quotes);
