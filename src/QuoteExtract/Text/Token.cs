namespace QuoteExtract.Text;

/// <summary>
/// A token of the normalized text with its offsets in the ORIGINAL text (UTF-16, end exclusive)
/// and its clitic readings.
/// </summary>
public sealed class Token
{
    private IReadOnlyList<CliticAnalysis>? _analyses;

    internal Token(int index, TokenKind kind, string normalized, int start, int end, int normalizedStart)
    {
        Index = index;
        Kind = kind;
        Normalized = normalized;
        Start = start;
        End = end;
        NormalizedStart = normalizedStart;
    }

    /// <summary>Position of the token in the document.</summary>
    public int Index { get; }

    /// <summary>Word, number or punctuation.</summary>
    public TokenKind Kind { get; }

    /// <summary>The normalized form.</summary>
    public string Normalized { get; }

    /// <summary>Start in the original text.</summary>
    public int Start { get; }

    /// <summary>End (exclusive) in the original text.</summary>
    public int End { get; }

    /// <summary>Start in the normalized text.</summary>
    public int NormalizedStart { get; }

    /// <summary>Whether the original word ends with ة, which normalizes to ه like the pronoun suffix (كلمة، حديثة ≠ حديثه).</summary>
    public bool EndsWithTaMarbuta { get; internal init; }

    /// <summary>
    /// Whether the word ends with an attached pronoun: ه (عزمه، قلقه; not a ta marbuta) on four letters or more, ها، هم
    /// or هما (رفضها، استياءهم) on five or more.
    /// </summary>
    public bool EndsWithPronoun =>
        (Normalized.Length > 4 && (Normalized.EndsWith("ها", StringComparison.Ordinal) || Normalized.EndsWith("هم", StringComparison.Ordinal) || Normalized.EndsWith("هما", StringComparison.Ordinal)))
        || (Normalized.Length >= 4 && Normalized[^1] == 'ه' && !EndsWithTaMarbuta);

    /// <summary>Whether the original word ends with ي, not ى, which normalizes alike (نادي club ≠ نادى called).</summary>
    public bool EndsWithYa { get; internal init; }

    /// <summary>
    /// Whether the original word opens with a hamza on its alef (أ، إ، آ): the article is written without one,
    /// so أليكسي and ألمانيا do not open with ال.
    /// </summary>
    public bool StartsWithHamzaAlef { get; internal init; }

    /// <summary>Whether this is a word token.</summary>
    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>Whether this is a word in Arabic letters (not a Latin word, a link or a code).</summary>
    public bool IsArabicWord => IsWord && Normalized[0] is >= '\u0621' and <= '\u064A';

    /// <summary>Whether this token is the punctuation character <paramref name="c"/>.</summary>
    public bool Is(char c) => Kind == TokenKind.Punctuation && Normalized[0] == c;

    /// <summary>The readings of the word with its proclitics removed, the bare word first.</summary>
    public IReadOnlyList<CliticAnalysis> Analyses => _analyses ??= IsWord ? Clitics.Analyze(Normalized) : [new('\0', '\0', false, Normalized)];

    /// <inheritdoc />
    public override string ToString() => Normalized;
}
