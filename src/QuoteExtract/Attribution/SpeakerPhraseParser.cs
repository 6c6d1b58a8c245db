using QuoteExtract.Lexicon;
using QuoteExtract.Records;
using QuoteExtract.Text;

namespace QuoteExtract.Attribution;

/// <summary>
/// Reads the speaker phrase that starts at a token:
/// <c>[title head + genitive complements + nationality] [rank] [given name + family name]</c>,
/// an organisation (<c>وزارة الخارجية الروسية</c>), an unnamed source (<c>مصدر أمني</c>) or a
/// document (<c>البيان</c>). The phrase ends where a preposition, time word, complementiser,
/// punctuation or another cue begins.
/// </summary>
internal sealed class SpeakerPhraseParser(ArabicLexicon lexicon)
{
    private const int MaxNameWords = 4;
    private const int MaxTitleWords = 9;

    /// <summary>Name particles after which a word with the article still belongs to the name (عبد الله، آل سعود).</summary>
    private static readonly HashSet<string> s_nameParticles = new(StringComparer.Ordinal) { "عبد", "ابو", "ابي", "ابن", "بن", "بنت", "ال", "بو", "ولد", "اب" };

    /// <summary>Parses a phrase starting at <paramref name="start"/> that must end before <paramref name="limit"/>.</summary>
    public SpeakerPhrase? ParseAt(AnalyzedText text, int start, int limit)
    {
        var tokens = text.Tokens;
        limit = Math.Min(limit, tokens.Count);
        int i = start;
        if (i >= limit || !tokens[i].IsWord || IsBreaker(tokens[i])) return null;

        int rank = -1;
        int titleFirst = -1, titleEnd = -1;
        var kind = SpeakerKind.Person;
        bool feminine = false;
        string head = tokens[i].Normalized;

        if (lexicon.Ranks.Contains(tokens[i]) && !IsTitleHead(tokens[i]))
        {
            rank = i++;
        }
        else if (IsTitleHead(tokens[i]))
        {
            titleFirst = i;
            head = Stem(tokens[i]);
            feminine = head.EndsWith('ه');
            i++;
            while (i < limit && i - titleFirst < MaxTitleWords && IsTitleComplement(tokens, i, limit)) i++;
            titleEnd = i;
            if (i < limit && lexicon.Ranks.Contains(tokens[i]) && !IsBreaker(tokens[i]))
            {
                rank = i++;
            }
        }
        else if (lexicon.OrganisationHeads.Contains(tokens[i]) || lexicon.UnnamedSourceHeads.Contains(tokens[i]) || lexicon.ReportHeads.Contains(tokens[i]))
        {
            kind = lexicon.OrganisationHeads.Contains(tokens[i]) ? SpeakerKind.Organisation
                : lexicon.UnnamedSourceHeads.Contains(tokens[i]) ? SpeakerKind.UnnamedSource : SpeakerKind.Document;
            head = Stem(tokens[i]);
            int first = i++;
            while (i < limit && i - first < MaxTitleWords && IsEntityComplement(tokens, i, first, limit, kind)) i++;
            var description = Trim(text, first, i);
            return new SpeakerPhrase(start, i, kind, null, null, description, WordsOf(tokens, first, i), head)
            {
                IsAnaphoric = i == first + 1 && HasArticle(tokens[first]),
                IsFeminine = head.EndsWith('ه'),
            };
        }

        int nameFirst = i;
        while (i < limit && i - nameFirst < MaxNameWords && IsNameWord(text, i, nameFirst, limit)) i++;
        int nameEnd = i;
        if (nameEnd == nameFirst && titleFirst < 0) return null;

        string? title = titleFirst >= 0 ? Trim(text, titleFirst, titleEnd) : null;
        string? name = nameEnd > nameFirst ? Trim(text, nameFirst, nameEnd) : null;
        return new SpeakerPhrase(start, i, kind, title, rank < 0 ? null : text.Slice(rank, rank + 1), name, WordsOf(tokens, nameFirst, nameEnd), head)
        {
            IsAnaphoric = name is null && titleEnd == titleFirst + 1 && HasArticle(tokens[titleFirst]),
            IsFeminine = feminine,
        };
    }

    /// <summary>A title head, also with a possessive suffix (محاميها، رئيسه، متحدثتها).</summary>
    public bool IsTitleHead(Token t)
    {
        if (!t.IsWord) return false;
        if (lexicon.TitleHeads.Contains(t)) return true;
        var s = t.Normalized;
        foreach (var suffix in s_possessives)
        {
            if (s.Length > suffix.Length + 2 && s.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = s[..^suffix.Length];
                if (lexicon.TitleHeads.ContainsExact(stem) || (stem.EndsWith('ت') && lexicon.TitleHeads.ContainsExact(stem[..^1] + "ه"))) return true;
            }
        }
        return false;
    }

    private static readonly string[] s_possessives = ["هما", "ها", "هم", "ه", "نا"];

    private bool IsTitleComplement(IReadOnlyList<Token> tokens, int i, int limit)
    {
        var t = tokens[i];
        if (!t.IsWord || IsBreaker(t) || lexicon.Cues.MatchAt(tokens, i) is not null) return false;
        if (lexicon.Ranks.Contains(t) && !HasPrefixPreposition(t)) return false;
        if (lexicon.Nationalities.Contains(t) || lexicon.Places.Contains(t)) return true;
        if (t.Normalized is "باسم" or "العام" or "الاول" or "الاعلي") return true;
        if (HasArticle(t)) return !lexicon.GivenNames.Contains(t) || i + 1 >= limit;
        return IsTitleHead(t) || lexicon.OrganisationHeads.Contains(t);
    }

    private bool IsEntityComplement(IReadOnlyList<Token> tokens, int i, int first, int limit, SpeakerKind kind)
    {
        var t = tokens[i];
        if (t.Kind == TokenKind.Punctuation)
        {
            // a short quoted name: وكالة الأنباء "ارنا"
            return FunctionWords.IsQuoteMark(t) && kind == SpeakerKind.Organisation && IsShortQuotedName(tokens, i, limit);
        }
        if (i > 0 && FunctionWords.IsQuoteMark(tokens[i - 1]) && tokens[i - 1].Index > 0 && IsInsideShortQuote(tokens, i)) return true;
        if (!t.IsWord && t.Kind != TokenKind.Number) return false;
        if (lexicon.Cues.MatchAt(tokens, i) is not null || FunctionWords.IsComplementiser(t)) return false;
        if (kind == SpeakerKind.UnnamedSource && t.Normalized is "في" or "من" && i + 1 < limit && HasArticle(tokens[i + 1])) return true;
        if (IsBreaker(t)) return false;
        if (lexicon.Nationalities.Contains(t) || lexicon.Places.Contains(t) || HasArticle(t)) return true;
        // construct chains and foreign names right after the head (وكالة أنباء، صحيفة وول ستريت جورنال),
        // never after a word with the article has closed the chain
        for (int k = first + 1; k < i; k++)
        {
            if (HasArticle(tokens[k])) return false;
        }
        return !HasPrefixPreposition(t) && t.Normalized[0] != 'و' && (kind != SpeakerKind.Document || lexicon.OrganisationHeads.Contains(t));
    }

    private bool IsNameWord(AnalyzedText text, int i, int nameFirst, int limit)
    {
        var tokens = text.Tokens;
        var t = tokens[i];
        if (!t.IsWord || IsBreaker(t) || FunctionWords.IsComplementiser(t) || s_notNames.Contains(t.Normalized)) return false;
        if (i > nameFirst && !lexicon.GivenNames.Contains(t) && (LooksConjoined(text, t) || LooksFutureVerb(t) || IsPrefixedKnownWord(text, t))) return false;
        if (lexicon.Cues.MatchAt(tokens, i) is not null) return false;
        if (IsTitleHead(t) || lexicon.OrganisationHeads.Contains(t) || lexicon.UnnamedSourceHeads.Contains(t) || lexicon.ReportHeads.Contains(t)) return false;
        if (lexicon.Nationalities.Contains(t) && i > nameFirst) return false;
        if (t.Normalized.Length > 1 && !HasArticle(t)) return !(HasPrefixPreposition(t) && IsKnownWordAfterPrefix(t));
        if (i == nameFirst || !t.Normalized.StartsWith("ال", StringComparison.Ordinal)) return false;
        // a family name with the article: بشار الأسد، عبد الله، محمد البرادعي
        var previous = tokens[i - 1];
        return s_nameParticles.Contains(previous.Normalized) || lexicon.GivenNames.ContainsExact(previous.Normalized)
            || (i + 1 >= limit || !tokens[i + 1].IsWord || IsBreaker(tokens[i + 1]) || FunctionWords.IsComplementiser(tokens[i + 1]));
    }

    /// <summary>Quantifiers and other words that follow a name as the verb's object, never inside it.</summary>
    private static readonly HashSet<string> s_notNames = new(StringComparer.Ordinal)
    {
        "جميع", "كل", "بعض", "كافه", "عدد", "معظم", "غالبيه", "اي", "احد", "نحو", "حوالي", "اكثر", "اقل", "عدم", "ضروره", "اهميه",
    };

    /// <summary>A word opening with the conjunction و (وألغت) or ف before a known word or a future verb (فستكون).</summary>
    private static bool LooksConjoined(AnalyzedText text, Token t) => t.Normalized.Length > 3
        && (t.Normalized[0] == 'و' || (t.Normalized[0] == 'ف' && (t.Normalized[1] == 'س' || text.ContainsWord(t.Normalized[1..]))));

    /// <summary>A future verb (سيغادر، ستكون).</summary>
    private static bool LooksFutureVerb(Token t) => t.Normalized.Length > 4 && t.Normalized[0] == 'س' && t.Normalized[1] is 'ي' or 'ت' or 'ن';

    /// <summary>ل/ب + a word that stands alone elsewhere in the document (لوام beside وام): a preposition, not a name.</summary>
    private static bool IsPrefixedKnownWord(AnalyzedText text, Token t) =>
        t.Normalized.Length > 3 && t.Normalized[0] is 'ل' or 'ب' && text.ContainsWord(t.Normalized[1..]);

    /// <summary><c>لوكالة</c>، <c>بالعاصمة</c>: a preposition attached to a word the lexicons know, not a name starting with ب/ل/ك.</summary>
    private bool IsKnownWordAfterPrefix(Token t)
    {
        var stem = t.Normalized[1..];
        return stem.StartsWith("ال", StringComparison.Ordinal) || lexicon.OrganisationHeads.ContainsExact(stem) || lexicon.TitleHeads.ContainsExact(stem)
            || lexicon.Places.ContainsExact(stem) || lexicon.UnnamedSourceHeads.ContainsExact(stem) || lexicon.ReportHeads.ContainsExact(stem);
    }

    private static bool IsShortQuotedName(IReadOnlyList<Token> tokens, int open, int limit)
    {
        for (int k = open + 1; k < Math.Min(limit, open + 5); k++)
        {
            if (FunctionWords.IsQuoteMark(tokens[k])) return k > open + 1;
            if (!tokens[k].IsWord && tokens[k].Kind != TokenKind.Number) return false;
        }
        return false;
    }

    private static bool IsInsideShortQuote(IReadOnlyList<Token> tokens, int i)
    {
        for (int k = i; k < Math.Min(tokens.Count, i + 4); k++)
        {
            if (FunctionWords.IsQuoteMark(tokens[k])) return true;
        }
        return false;
    }

    private bool IsBreaker(Token t) => lexicon.PhraseBreakers.ContainsExact(t.Normalized) || FunctionWords.IsNegation(t);

    private static bool HasArticle(Token t) => t.Normalized.Length > 3 && (t.Normalized.StartsWith("ال", StringComparison.Ordinal)
        || t.Normalized.StartsWith("لل", StringComparison.Ordinal) || t.Normalized.StartsWith("وال", StringComparison.Ordinal));

    private static bool HasPrefixPreposition(Token t) => t.Normalized.Length > 3 && t.Normalized[0] is 'ب' or 'ل' or 'ك'
        && !t.Normalized.StartsWith("لل", StringComparison.Ordinal);

    /// <summary>The head word without its article (الشركة and شركة share the head شركه).</summary>
    private static string Stem(Token t) =>
        t.Analyses.FirstOrDefault(a => a.HasArticle && a.Preposition == '\0').Stem ?? t.Normalized;

    private static IReadOnlyList<string> WordsOf(IReadOnlyList<Token> tokens, int first, int end)
    {
        var words = new List<string>(end - first);
        for (int k = first; k < end; k++)
        {
            if (tokens[k].IsWord || tokens[k].Kind == TokenKind.Number) words.Add(tokens[k].Normalized);
        }
        return words;
    }

    /// <summary>The original text of [first, end) without quotation marks at its ends.</summary>
    private static string Trim(AnalyzedText text, int first, int end)
    {
        var s = text.Slice(first, end);
        return s.Trim('"', '“', '”', '«', '»', ' ');
    }
}
