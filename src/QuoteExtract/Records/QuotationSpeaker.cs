namespace QuoteExtract.Records;

/// <summary>Who said a quotation: the document speaker it resolves to and the words that point to it here.</summary>
/// <param name="Id">The id of the <see cref="Speaker"/> in <see cref="ExtractionResult.Speakers"/>.</param>
/// <param name="Name">The canonical name: the fullest name the document gives the speaker.</param>
/// <param name="Title">The fullest role the document gives the speaker, without ranks; null when none.</param>
/// <param name="Mention">The words of this sentence that point to the speaker; null for a continuation (<c>وأضاف:</c>).</param>
public sealed record QuotationSpeaker(string Id, string Name, string? Title, TextSpan? Mention);
