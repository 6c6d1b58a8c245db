namespace QuoteExtract.Console;

/// <summary>A document read from the input, or the reason it could not be read.</summary>
/// <param name="Source">Where it came from, as <c>path</c> or <c>path:line</c>.</param>
/// <param name="Id">The document id.</param>
/// <param name="Text">The text; null when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the document could not be read, or null.</param>
internal sealed record InputDocument(string Source, string Id, string? Text, string? Error);
