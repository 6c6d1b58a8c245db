using QuoteExtract.Records;

namespace QuoteExtract.Serialization;

/// <summary>One line of the JSON Lines output: a document id with its quotations and speakers.</summary>
/// <param name="Id">The document id given with the input.</param>
/// <param name="Quotations">The quotations in the order their content starts.</param>
/// <param name="Speakers">The document's speakers.</param>
public sealed record DocumentResult(string Id, IReadOnlyList<Quotation> Quotations, IReadOnlyList<Speaker> Speakers)
{
    /// <summary>Pairs an extraction result with its document id.</summary>
    public static DocumentResult From(string id, ExtractionResult result) => new(id, result.Quotations, result.Speakers);
}
