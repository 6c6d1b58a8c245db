namespace QuoteExtract.Serialization;

/// <summary>One line of the JSON Lines input: <c>{"id": "...", "text": "..."}</c>.</summary>
/// <param name="Id">The document id; echoed in the output.</param>
/// <param name="Text">The document text.</param>
public sealed record DocumentInput(string? Id, string? Text);
