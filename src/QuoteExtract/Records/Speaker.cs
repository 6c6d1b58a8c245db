namespace QuoteExtract.Records;

/// <summary>A speaker of the document, with every mention that resolves to it.</summary>
/// <param name="Id">Stable within one result: <c>s1</c>, <c>s2</c> … in order of first mention.</param>
/// <param name="Name">The fullest name the document gives (for an organisation its fullest name, for an unnamed source its description).</param>
/// <param name="Title">The fullest role, without ranks; null when none.</param>
/// <param name="Rank">A rank or honorific (العميد، الدكتور); null when none.</param>
/// <param name="Kind">Person, organisation, unnamed source or document.</param>
/// <param name="Mentions">Every span of the text that names this speaker, in order.</param>
public sealed record Speaker(string Id, string Name, string? Title, string? Rank, SpeakerKind Kind, IReadOnlyList<TextSpan> Mentions);
