namespace QuoteExtract.Records;

/// <summary>Everything extracted from one document.</summary>
/// <param name="Quotations">The quotations in the order their content starts.</param>
/// <param name="Speakers">The document's speakers, in order of first mention.</param>
public sealed record ExtractionResult(IReadOnlyList<Quotation> Quotations, IReadOnlyList<Speaker> Speakers)
{
    /// <summary>A result with nothing in it.</summary>
    public static ExtractionResult Empty { get; } = new([], []);
}
