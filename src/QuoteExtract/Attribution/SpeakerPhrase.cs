using QuoteExtract.Records;
using QuoteExtract.Text;

namespace QuoteExtract.Attribution;

/// <summary>
/// A speaker phrase found next to a cue: tokens [First, End) holding an optional title
/// [TitleFirst, TitleEnd), rank and name [NameFirst, NameEnd).
/// </summary>
internal sealed record SpeakerPhrase(
    int First,
    int End,
    SpeakerKind Kind,
    string? Title,
    string? Rank,
    string? Name,
    IReadOnlyList<string> NameWords,
    string Head)
{
    /// <summary>Whether the phrase names someone (rather than only giving a role or a description).</summary>
    public bool HasName => Name is not null;

    /// <summary>Whether the phrase is a bare definite head (الوزير، المصدر، الوزارة) that refers back.</summary>
    public bool IsAnaphoric { get; init; }

    /// <summary>Original characters of an attached preposition before the phrase (the لـ of <c>وفقاً لـوام</c>).</summary>
    public int PrefixLength { get; init; }

    /// <summary>Feminine form (الوزيرة، الباحثة) where the words show it.</summary>
    public bool IsFeminine { get; init; }

    /// <summary>A country or city that speaks for its government (قالت مصر، أعلنت الرياض): an organisation of its own name only.</summary>
    public bool IsPlace { get; init; }

    /// <summary>Where the phrase stands in the original text, without an attached preposition: [Start, End).</summary>
    public (int Start, int End) OriginalSpan(IReadOnlyList<Token> tokens) => (tokens[First].Start + PrefixLength, tokens[End - 1].End);
}
