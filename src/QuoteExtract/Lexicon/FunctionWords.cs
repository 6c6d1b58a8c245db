using QuoteExtract.Text;

namespace QuoteExtract.Lexicon;

/// <summary>
/// The closed classes of function words that shape reported speech (normalized forms):
/// complementisers, the prepositions that take reported content, negations and the particles
/// that tie a content-first clause to its source.
/// </summary>
public static class FunctionWords
{
    private static readonly HashSet<string> s_complementisers = new(StringComparer.Ordinal)
    {
        "ان", "انه", "انها", "انهم", "انهن", "اننا", "انني", "انا", "انكم", "انهما",
        "بان", "بانه", "بانها", "بانهم", "بانهن", "باننا", "بانني", "بانهما",
        "فان", "فانه", "فانها", "فانهم", "فاننا", "وان", "وانه", "وانها",
    };

    private static readonly HashSet<string> s_contentPrepositions = new(StringComparer.Ordinal)
    {
        "الي", "علي", "عن", "من", "ب", "ل", "في",
    };

    private static readonly HashSet<string> s_negations = new(StringComparer.Ordinal)
    {
        "لم", "لن", "ما", "لا", "ولم", "ولن", "ولا", "فلم", "فلا", "ليس", "غير",
    };

    /// <summary>إن، أن، أنه، بأن … (normalized) — the words after which indirect content starts.</summary>
    public static bool IsComplementiser(Token t) => t.IsWord && s_complementisers.Contains(t.Normalized);

    /// <summary>A complementiser that starts with a conjunction (وأن، فإن): continues content rather than starting it.</summary>
    public static bool IsConjoinedComplementiser(Token t) => IsComplementiser(t) && t.Normalized[0] is 'و';

    /// <summary>The bare preposition of a token (إلى، على، عن، من) or its attached ب/ل, else null.</summary>
    public static string? Preposition(Token t)
    {
        if (!t.IsWord) return null;
        if (s_contentPrepositions.Contains(t.Normalized)) return t.Normalized;
        return t.Normalized.Length > 2 && t.Normalized[0] is 'ب' or 'ل' ? t.Normalized[..1] : null;
    }

    /// <summary>Negation particles: لم، لن، ما، لا، ليس.</summary>
    public static bool IsNegation(Token t) => t.IsWord && s_negations.Contains(t.Normalized);

    /// <summary>كما / مثلما: ties a preceding clause to the cue that follows (<c>…، كما ذكرت الوكالة</c>).</summary>
    public static bool IsAsParticle(Token t) => t.IsWord && t.Normalized is "كما" or "مثلما" or "وكما";

    /// <summary>The relative ما of <c>بحسب ما</c>، <c>وفق ما</c>.</summary>
    public static bool IsRelativeMa(Token t) => t.IsWord && t.Normalized is "ما" or "لما" or "مما";

    /// <summary>Clause punctuation: commas, semicolons.</summary>
    public static bool IsComma(Token t) => t.Kind == TokenKind.Punctuation && t.Normalized[0] is '،' or ',' or '؛' or ';';

    /// <summary>Sentence-final punctuation.</summary>
    public static bool IsSentenceEnd(Token t) => t.Kind == TokenKind.Punctuation && t.Normalized[0] is '.' or '!' or '?' or '؟' or '…';

    /// <summary>A colon.</summary>
    public static bool IsColon(Token t) => t.Kind == TokenKind.Punctuation && t.Normalized[0] is ':' or '：';

    /// <summary>A quotation mark.</summary>
    public static bool IsQuoteMark(Token t) => t.Kind == TokenKind.Punctuation && QuoteMarks.IsQuoteMark(t.Normalized[0]);

    /// <summary>Dashes and brackets that set off an aside.</summary>
    public static bool IsBracket(Token t) => t.Kind == TokenKind.Punctuation && t.Normalized[0] is '(' or ')' or '[' or ']' or '-' or '–' or '—';
}
