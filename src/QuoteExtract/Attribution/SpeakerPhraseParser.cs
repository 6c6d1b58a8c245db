using QuoteExtract.Lexicon;
using QuoteExtract.Records;
using QuoteExtract.Text;

namespace QuoteExtract.Attribution;

/// <summary>
/// Reads the speaker phrase that starts at a token:
/// <c>[title head + genitive complements + nationality] [rank] [given name + family name]</c>,
/// an organisation (<c>وزارة الخارجية الروسية</c>), an unnamed source (<c>مصدر أمني</c>) or a
/// document (<c>البيان</c>). The phrase ends where a preposition, time word, complementiser,
/// punctuation or another cue begins. What may follow a head is in <c>SpeakerPhraseParser.Complements.cs</c>,
/// what a name is made of in <c>SpeakerPhraseParser.Names.cs</c>.
/// </summary>
internal sealed partial class SpeakerPhraseParser(ArabicLexicon lexicon)
{
    private const int MaxTitleWords = 9;

    /// <summary>
    /// Parses a phrase starting at <paramref name="start"/> that must end before <paramref name="limit"/>. With
    /// <paramref name="detachPreposition"/>, a ل or ب attached to the first word is left out of the phrase
    /// (<c>وفقاً لوزارة الصحة</c>، <c>وفقا لوام</c>).
    /// </summary>
    public SpeakerPhrase? ParseAt(AnalyzedText text, int start, int limit, bool detachPreposition = false)
    {
        var phrase = Parse(text, start, limit);
        return phrase is null || !detachPreposition ? phrase : WithoutPreposition(text, phrase);
    }

    /// <summary>The phrase without a ل or ب attached to its first word (unchanged where there is none).</summary>
    public SpeakerPhrase WithoutPreposition(AnalyzedText text, SpeakerPhrase phrase)
    {
        if (phrase.PrefixLength > 0 || !HasAttachedPreposition(text.Tokens[phrase.First])) return phrase;
        int skip = PrefixLength(text, text.Tokens[phrase.First]);
        return phrase with
        {
            Title = phrase.Title is null || phrase.Kind != SpeakerKind.Person ? phrase.Title : Detach(phrase.Title, skip),
            Name = phrase.Name is null || (phrase.Title is not null && phrase.Kind == SpeakerKind.Person) ? phrase.Name : Detach(phrase.Name, skip),
            NameWords = phrase.Title is null && phrase.NameWords.Count > 0 ? [Detach(phrase.NameWords[0], 1), .. phrase.NameWords.Skip(1)] : phrase.NameWords,
            PrefixLength = skip,
        };
    }

    /// <summary>ل/ب/ك before a word, or ل before the article written لل; not a head that starts with one (بيان، بعثة).</summary>
    private bool HasAttachedPreposition(Token t) =>
        (HasPrefixPreposition(t) || t.Normalized.StartsWith("لل", StringComparison.Ordinal)) && !IsHeadWord(t.Normalized);

    private bool IsHeadWord(string w) => lexicon.TitleHeads.ContainsExact(w) || lexicon.OrganisationHeads.ContainsExact(w)
        || lexicon.UnnamedSourceHeads.ContainsExact(w) || lexicon.ReportHeads.ContainsExact(w) || lexicon.GivenNames.ContainsExact(w);

    /// <summary>The original characters of the attached preposition, with a tatweel after it (لـ).</summary>
    private static int PrefixLength(AnalyzedText text, Token t)
    {
        int k = t.Start + 1;
        while (k < t.End && ArabicNormalizer.Map(text.Original[k]) == '\0') k++;
        return k - t.Start;
    }

    /// <summary>A word or phrase without its first <paramref name="skip"/> characters; لل becomes the article ال.</summary>
    private static string Detach(string s, int skip) =>
        s.Length > skip + 1 && s[skip] == 'ل' && s[0] == 'ل' ? "ال" + s[(skip + 1)..] : s[skip..];

    private SpeakerPhrase? Parse(AnalyzedText text, int start, int limit)
    {
        var tokens = text.Tokens;
        limit = Math.Min(limit, tokens.Count);
        int i = start;
        // a name in marks right after the cue (قالت "الصباح" إن، وذكر "كيري" في مقابلة): an outlet with the article, else a person
        if (i < limit && i > 0 && FunctionWords.IsQuoteMark(tokens[i]) && ShortQuotedNameEnd(tokens, i, limit) is int closing && closing - i <= 3
            && text.At(closing + 1) is { } after && (FunctionWords.IsComplementiser(after) || FunctionWords.IsComma(after) || FunctionWords.Preposition(after) is not null)
            && lexicon.Cues.MatchAt(tokens, i - 1) is { Entry.Type: CueType.Verb, End: var cueEnd } && cueEnd == i)
        {
            bool outlet = HasArticle(tokens[i + 1]);
            return new SpeakerPhrase(start, closing + 1, outlet ? SpeakerKind.Organisation : SpeakerKind.Person, null, null, Clean(text, i + 1, closing),
                WordsOf(tokens, i + 1, closing), Stem(tokens[i + 1]));
        }
        if (i >= limit || !tokens[i].IsWord || (IsBreaker(tokens[i]) && !IsNameReadingOfBreaker(text, i, limit))) return null;
        if (tokens[i].Normalized is "نفس" or "ذات" && i + 1 < limit && HasArticle(tokens[i + 1])) i++; // نفس المصدر، ذات المتحدث

        // a country or city speaks for its government (قالت مصر، أعلنت الرياض، القاهرة تحذر واشنطن), in the feminine
        if (i == start && lexicon.Places.MatchAt(tokens, i) is var place and > 0 && i + place <= limit && !HasPrefixPreposition(tokens[i])
            && (i + place >= limit || !tokens[i + place].IsWord || !IsNameWord(text, i + place, i, limit)))
        {
            return new SpeakerPhrase(start, i + place, SpeakerKind.Organisation, null, null, Clean(text, i, i + place), WordsOf(tokens, i, i + place), Stem(tokens[i]))
            {
                IsFeminine = true,
                IsPlace = true,
            };
        }

        int rank = -1;
        int titleFirst = -1, titleEnd = -1;
        var kind = SpeakerKind.Person;
        bool feminine = false;
        string head = tokens[i].Normalized;

        if (lexicon.Ranks.Contains(tokens[i]) && !IsTitleHead(tokens[i]))
        {
            rank = i++;
            i = AfterRankModifiers(text, i, limit);
        }
        else if (IsTitleHead(tokens[i]) && !IsBodyReading(text, i, limit))
        {
            titleFirst = i;
            head = Stem(tokens[i]);
            feminine = head.EndsWith('ه');
            i = TitleEnd(text, i + 1, titleFirst, limit);
            titleEnd = i;
            if (i < limit && FunctionWords.IsComma(tokens[i]) && NameAfterNationality(text, i + 1, limit) is int nameStart) i = nameStart; // الخبير في الشؤون السورية، فابريس بالانش
            else if (i + 1 < limit && FunctionWords.IsComma(tokens[i]) && IsTitleHead(tokens[i + 1])
                && Parse(text, i + 1, limit) is { Kind: SpeakerKind.Person, HasName: true } second)
            {
                // a second title in apposition before the name: مديرة المتحف، الباحثة في علم الآثار سنية المكني
                return second with { First = start, Title = Clean(text, titleFirst, titleEnd), Head = head, IsFeminine = feminine };
            }
            if (i < limit && lexicon.Ranks.Contains(tokens[i]) && !IsBreaker(tokens[i]))
            {
                rank = i++;
                i = AfterRankModifiers(text, i, limit);
            }
        }
        else if (lexicon.OrganisationHeads.Contains(tokens[i]) || lexicon.UnnamedSourceHeads.Contains(tokens[i]) || lexicon.ReportHeads.Contains(tokens[i]))
        {
            var list = lexicon.OrganisationHeads.Contains(tokens[i]) ? lexicon.OrganisationHeads
                : lexicon.UnnamedSourceHeads.Contains(tokens[i]) ? lexicon.UnnamedSourceHeads : lexicon.ReportHeads;
            kind = list == lexicon.OrganisationHeads ? SpeakerKind.Organisation
                : list == lexicon.UnnamedSourceHeads ? SpeakerKind.UnnamedSource : SpeakerKind.Document;
            var headReading = list.Match(tokens[i]);
            head = headReading?.Stem ?? Stem(tokens[i]); // للتقرير and التقرير share the head تقرير
            int first = i++;
            while (i < limit && i - first < MaxTitleWords)
            {
                if (ShortQuotedNameEnd(tokens, i, limit) is int close && kind != SpeakerKind.UnnamedSource) i = close + 1;
                else if (IsEntityComplement(text, i, first, limit, kind)) i++;
                else if (kind != SpeakerKind.Organisation && PrepositionalComplementEnd(text, i, limit) is int end && end > i) i = end;
                else break;
            }
            var description = Clean(text, first, i);
            var words = WordsOf(tokens, first, i);
            if (headReading?.Conjunction is 'و' or 'ف' && description.Length > 1)
            {
                // وقال شهود ومصادر في المشرحة: the second source without its conjunction
                description = description[1..];
                words = [words[0][1..], .. words.Skip(1)];
            }
            return new SpeakerPhrase(start, i, kind, null, null, description, words, head)
            {
                IsAnaphoric = i == first + 1 && HasArticle(tokens[first]),
                IsFeminine = head.EndsWith('ه'),
            };
        }

        int nameFirst = i;
        while (i < limit && i - nameFirst < MaxNameWords && IsNameWord(text, i, nameFirst, limit)) i++;
        int nameEnd = i;
        // a title and one word with و is a coordination, not a name (أعضاء اللجنة المركزية وهياكل الحزب)
        if (titleFirst >= 0 && nameEnd == nameFirst + 1 && IsConjoinedWord(tokens[nameFirst])) i = nameEnd = nameFirst;
        if (nameEnd == nameFirst && titleFirst < 0) return null;

        string? title = titleFirst >= 0 ? Clean(text, titleFirst, titleEnd) : null;
        string? name = nameEnd > nameFirst ? Clean(text, nameFirst, nameEnd) : null;
        return new SpeakerPhrase(start, i, kind, title, rank < 0 ? null : text.Slice(rank, rank + 1), name, WordsOf(tokens, nameFirst, nameEnd), head)
        {
            IsAnaphoric = name is null && titleEnd == titleFirst + 1 && HasArticle(tokens[titleFirst]),
            IsFeminine = feminine,
        };
    }

    /// <summary>
    /// A word that is a body's head and, read as ه or ة on a title (مؤسس + ه، محافظ + ة), a title's: the body when no name
    /// follows its title (كشفت مؤسسة النقد عن …), the title before a name, also after a comma (محافظة الصالون، الروائية سميرة بن دالي).
    /// </summary>
    private bool IsBodyReading(AnalyzedText text, int i, int limit)
    {
        var tokens = text.Tokens;
        if (!tokens[i].EndsWithTaMarbuta || lexicon.TitleHeads.Contains(tokens[i]) || !lexicon.OrganisationHeads.Contains(tokens[i])) return false;
        int end = TitleEnd(text, i + 1, i, limit);
        if (end < limit && FunctionWords.IsComma(tokens[end])) end++;
        return !NameFollows(text, end, limit) && !(end < limit && IsTitleHead(tokens[end]));
    }

    private bool IsConjoinedWord(Token t) => t.Normalized.Length > 3 && t.Normalized[0] == 'و' && !lexicon.GivenNames.Contains(t);

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

    private bool IsBreaker(Token t) => lexicon.PhraseBreakers.ContainsExact(t.Normalized) || FunctionWords.IsNegation(t);

    private static bool HasArticle(Token t) => t.Normalized.Length > 3 && ((t.Normalized.StartsWith("ال", StringComparison.Ordinal) && !t.StartsWithHamzaAlef)
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

    /// <summary>The original text of [first, end) without quotation marks: <c>صحيفة «كوميرسانت» الروسية</c> → <c>صحيفة كوميرسانت الروسية</c>.</summary>
    private static string Clean(AnalyzedText text, int first, int end)
    {
        var s = text.Slice(first, end);
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (QuoteMarks.IsQuoteMark(c)) continue;
            if (char.IsWhiteSpace(c) && (sb.Length == 0 || sb[^1] == ' ')) continue;
            sb.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }
        return sb.ToString().TrimEnd();
    }
}
