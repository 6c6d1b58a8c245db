using QuoteExtract.Attribution;
using QuoteExtract.Records;
using QuoteExtract.Text;

namespace QuoteExtract.Linking;

/// <summary>
/// The document's speakers. A phrase first takes the fullest form the document gives it
/// (<c>لافروف</c> → <c>وزير الخارجية الروسي سيرغي لافروف</c>; a lone first name → the one full name that
/// starts with it; <c>الصحيفة</c> → the nearest <c>صحيفة …</c>; <c>البيان</c> → the body that issued it; an
/// indefinite description such as <c>دراسة حديثة</c> stays itself), then resolves to an earlier speaker when
/// the names end alike, the titles agree or the heads refer back; otherwise it is a new speaker.
/// </summary>
internal sealed class SpeakerTable(AnalyzedText text, DocumentMentions mentions)
{
    private readonly List<SpeakerEntity> _entities = [];
    private readonly HashSet<int> _speakingReports = [];

    public IReadOnlyList<SpeakerEntity> Entities => _entities;

    /// <summary>The speaker the phrase points to, creating it when <paramref name="create"/> allows.</summary>
    public SpeakerEntity? Resolve(SpeakerPhrase phrase, bool create = true)
    {
        var full = Fullest(phrase);
        if (phrase.Kind == SpeakerKind.Document) _speakingReports.Add(phrase.First);
        var entity = Find(full);
        if (entity is null)
        {
            if (!create) return null;
            entity = new SpeakerEntity(_entities.Count + 1, full.Kind);
            _entities.Add(entity);
        }
        entity.Absorb(full, TitleWords(full));
        if (full != phrase && full.Kind == phrase.Kind) entity.Absorb(phrase, TitleWords(phrase)); // a report lends its author nothing
        Attach(entity, phrase);
        return entity;
    }

    /// <summary>
    /// The speaker a phrase would resolve to, without changing the table: the known speaker it names, else a new
    /// one outside the table that <see cref="Resolve"/> adds when the phrase is chosen.
    /// </summary>
    public SpeakerEntity Preview(SpeakerPhrase phrase)
    {
        var full = Fullest(phrase);
        if (Find(full) is { } known) return known;
        var entity = new SpeakerEntity(0, full.Kind);
        entity.Absorb(full, TitleWords(full));
        return entity;
    }

    /// <summary>Records the phrase as a mention of the speaker.</summary>
    public void Attach(SpeakerEntity entity, SpeakerPhrase phrase)
    {
        var (start, end) = phrase.OriginalSpan(text.Tokens);
        entity.AddMention(start, end);
    }

    /// <summary>Whether the speaker is one of the table's.</summary>
    public bool Holds(SpeakerEntity entity) => _entities.Contains(entity);

    /// <summary>The fullest phrase of the document that names the same speaker as <paramref name="phrase"/>.</summary>
    private SpeakerPhrase Fullest(SpeakerPhrase phrase)
    {
        var best = phrase;
        switch (phrase.Kind)
        {
            case SpeakerKind.Person when phrase.HasName:
                foreach (var p in mentions.Phrases)
                {
                    if (p.Kind == SpeakerKind.Person && p.HasName && SameName(p.NameWords, phrase.NameWords) && Richer(p, best)) best = p;
                }
                if (best == phrase && phrase.NameWords.Count == 1) best = ByFirstName(phrase) ?? best;
                break;
            case SpeakerKind.Person when phrase.Title is not null:
                {
                    var words = TitleWords(phrase);
                    var named = mentions.Nearest(phrase.First, p => p.Kind == SpeakerKind.Person && p.HasName && p.Title is not null
                        && (SameTitle(TitleWords(p), words) || (phrase.IsAnaphoric && p.Head == phrase.Head)));
                    if (named is not null) best = Fullest(named);
                    break;
                }
            case SpeakerKind.Document:
                best = Author(phrase) ?? best;
                break;
            default:
                {
                    // an indefinite description is its own speaker (دراسة حديثة is not دراسة طبية حديثة); a name or a
                    // definite description (المصدر القريب من السلطات) grows to its fullest form
                    var match = phrase.IsPlace ? null
                        : phrase.IsAnaphoric
                        ? mentions.Nearest(phrase.First, p => p.Kind == phrase.Kind && p.Head == phrase.Head && p.NameWords.Count > 1)
                        : phrase.Kind != SpeakerKind.Organisation && !IsDefinite(phrase) ? null
                        : mentions.Phrases.Where(p => p.Kind == phrase.Kind && Contains(p.NameWords, phrase.NameWords)).MaxBy(p => p.NameWords.Count);
                    if (match is not null && match.NameWords.Count > phrase.NameWords.Count) best = match;
                    break;
                }
        }
        return best;
    }

    /// <summary>
    /// A report speaks for its author: the body its complement names (<c>بيان الخارجية المصرية</c>); for a bare
    /// <c>البيان</c>, the body or person named in the nearest earlier sentence that issued such a report
    /// (<c>أعلنت الوزارة في بيان</c>) before the report word, or that sentence's fuller description of the report;
    /// else the last organisation or named person that spoke. Reports that speak themselves (<c>وأضاف البيان</c>)
    /// introduce nothing and are passed over.
    /// </summary>
    private SpeakerPhrase? Author(SpeakerPhrase report)
    {
        var complement = report.NameWords.Skip(1).SkipWhile(w => w is "من" or "عن" or "صادر" or "صادره" or "الصادر" or "الصادره").ToList();
        // an adjective says what kind of report it is, not whose (دراسة أوروبية، بيان رسمي)
        if (complement.Count > 0 && !complement.All(IsAdjective))
        {
            // تقرير من الأمين العام للأمم المتحدة: the author is named by a title, before any body the title holds
            var titled = mentions.Phrases.Where(p => p.Kind == SpeakerKind.Person && p.HasName && SameTitle(TitleWords(p), complement)).MaxBy(p => p.NameWords.Count);
            if (titled is not null) return Fullest(titled);
            var named = mentions.Phrases.Where(p => p.Kind is SpeakerKind.Organisation or SpeakerKind.Person && p.NameWords.Count > 0
                && (Contains(p.NameWords, complement) || Contains(complement, p.NameWords))).MaxBy(p => p.NameWords.Count);
            if (named is not null) return named;
        }
        if (!report.IsAnaphoric) return null;
        int searched = -1;
        for (int i = report.First - 1; i >= 0; i--)
        {
            if (!text.Tokens[i].Analyses.Any(a => a.Stem == report.Head) || _speakingReports.Contains(i)) continue;
            var sentence = text.SentenceOf(i);
            if (sentence.Index == searched) continue;
            searched = sentence.Index;
            var author = IsIssued(i) ? mentions.Phrases.FirstOrDefault(p => IsAuthor(p) && p.First >= sentence.First && p.End <= i) : null;
            if (author is not null) return Fullest(author);
            var description = mentions.Phrases.FirstOrDefault(p => p.Kind == SpeakerKind.Document && p.Head == report.Head && p.NameWords.Count > 1
                && p.First >= sentence.First && p.End <= sentence.End);
            if (description is not null) return Author(description) ?? description; // تقرير من الأمين العام → the secretary-general
        }
        return _entities.LastOrDefault(e => e.Kind == SpeakerKind.Organisation || (e.Kind == SpeakerKind.Person && e.Name is not null))?.Phrase;
    }

    /// <summary>
    /// An indefinite adjective after the report's head (أوروبية، رسمي، حديثة); a word with the article after it is in the
    /// genitive and names the author (بيان الخارجية).
    /// </summary>
    private static bool IsAdjective(string w) => !w.StartsWith("ال", StringComparison.Ordinal)
        && (w.EndsWith('ي') || w.EndsWith("يه", StringComparison.Ordinal) || w is "حديث" or "حديثه" or "جديد" or "جديده" or "سابق" or "سابقه");

    /// <summary>
    /// The report word at <paramref name="i"/> is one the sentence's subject issued: in, through or with it, one word allowed
    /// between (أعلنت الوزارة في بيان، في أهم تقرير، عبر بيان، ببيان) or its own (بيانها); not a report the sentence only cites
    /// (وفقاً لأحدث نتائج تقرير …).
    /// </summary>
    private bool IsIssued(int i)
    {
        var t = text.Tokens[i];
        // one word may stand between: كشف الصندوق في أهم تقرير سنوي يصدره
        return (t.Normalized[0] == 'ب' && t.Analyses.Any(a => a.Preposition == 'ب')) || t.EndsWithPronoun
            || (i > 0 && text.Tokens[i - 1].Normalized is "في" or "عبر" or "خلال")
            || (i > 1 && text.Tokens[i - 1].IsWord && text.Tokens[i - 2].Normalized is "في" or "عبر" or "خلال");
    }

    private static bool IsAuthor(SpeakerPhrase p) => p.Kind == SpeakerKind.Organisation || (p.Kind == SpeakerKind.Person && (p.HasName || p.Title is not null));

    /// <summary>
    /// A lone first name (<c>وقال سالم</c>) names the one person of the document whose full name starts with it
    /// (<c>سالم البلوشي</c>); with two such people it stays as it is.
    /// </summary>
    private SpeakerPhrase? ByFirstName(SpeakerPhrase phrase)
    {
        if (mentions.Lexicon.Places.ContainsExact(phrase.NameWords[0])) return null; // مصر is a country, not مصر …
        SpeakerPhrase? found = null;
        foreach (var p in mentions.Phrases)
        {
            if (p.Kind != SpeakerKind.Person || p.NameWords.Count < 2 || p.NameWords[0] != phrase.NameWords[0]) continue;
            if (found is not null && !SameName(found.NameWords, p.NameWords)) return null;
            if (found is null || Richer(p, found)) found = p;
        }
        return found;
    }

    private static bool Richer(SpeakerPhrase candidate, SpeakerPhrase current) =>
        candidate.NameWords.Count > current.NameWords.Count
        || (candidate.NameWords.Count == current.NameWords.Count && (candidate.Title?.Length ?? 0) > (current.Title?.Length ?? 0));

    private SpeakerEntity? Find(SpeakerPhrase phrase)
    {
        var titleWords = TitleWords(phrase);
        for (int i = _entities.Count - 1; i >= 0; i--)
        {
            var e = _entities[i];
            if (phrase.Kind == SpeakerKind.Person && e.Kind == SpeakerKind.Person)
            {
                if (phrase.HasName && e.NameWords.Count > 0)
                {
                    if (SameName(phrase.NameWords, e.NameWords)) return e;
                    continue;
                }
                if (phrase.HasName && e.NameWords.Count == 0 && titleWords.Count > 0 && SameTitle(titleWords, e.TitleWords)) return e;
                if (!phrase.HasName && titleWords.Count > 0 && (SameTitle(titleWords, e.TitleWords) || (phrase.IsAnaphoric && phrase.Head == e.Head))) return e;
            }
            else if (phrase.Kind == e.Kind && phrase.Kind != SpeakerKind.Person)
            {
                if (phrase.IsAnaphoric ? phrase.Head == e.Head
                    : phrase.Kind == SpeakerKind.Organisation || IsDefinite(phrase) ? Contains(e.NameWords, phrase.NameWords) || Contains(phrase.NameWords, e.NameWords)
                    : SameWords(e.NameWords, phrase.NameWords)) return e;
            }
        }
        return null;
    }

    /// <summary>Two names agree when the shorter ends the longer (<c>لافروف</c>، <c>سيرغي لافروف</c>).</summary>
    internal static bool SameName(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return false;
        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        for (int k = 1; k <= shorter.Count; k++)
        {
            if (shorter[^k] != longer[^k]) return false;
        }
        return true;
    }

    /// <summary>A description with the article (المصدر القريب من السلطات) refers back to one given before.</summary>
    private static bool IsDefinite(SpeakerPhrase phrase) => phrase.NameWords.Count > 0 && phrase.NameWords[0].StartsWith("ال", StringComparison.Ordinal);

    private static bool SameWords(IReadOnlyList<string> a, IReadOnlyList<string> b) => a.Count == b.Count && Contains(a, b);

    /// <summary>
    /// Two titles agree when they have the same head and one holds the other's words in order (<c>الوزير</c>،
    /// <c>وزير الخارجية</c>); not <c>الرئيس</c> inside <c>مبعوث رئيس كوت ديفوار</c> or <c>نائب رئيس الوزراء</c>.
    /// </summary>
    internal static bool SameTitle(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count > 0 && b.Count > 0 && Stem(a[0]) == Stem(b[0]) && (Contains(a, b) || Contains(b, a));

    /// <summary>Whether every word of <paramref name="part"/> occurs in <paramref name="whole"/>, in order.</summary>
    internal static bool Contains(IReadOnlyList<string> whole, IReadOnlyList<string> part)
    {
        if (part.Count == 0 || part.Count > whole.Count) return false;
        int k = 0;
        foreach (var w in whole)
        {
            if (k < part.Count && Stem(w) == Stem(part[k])) k++;
        }
        return k == part.Count;
    }

    /// <summary>The share of the words of <paramref name="part"/> that occur anywhere in <paramref name="whole"/>.</summary>
    internal static float Shared(IReadOnlyList<string> part, IEnumerable<string> whole)
    {
        if (part.Count == 0) return 0f;
        var stems = whole.Select(Stem).ToHashSet(StringComparer.Ordinal);
        return (float)part.Count(w => stems.Contains(Stem(w))) / part.Count;
    }

    /// <summary>A word without its article or attached ل (الرئيس، لرئيس → رئيس؛ للأمم → امم).</summary>
    private static string Stem(string w) =>
        w.Length > 4 && w.StartsWith("لل", StringComparison.Ordinal) ? w[2..]
        : w.Length > 4 && w.StartsWith("ال", StringComparison.Ordinal) ? w[2..]
        : w.Length > 4 && w[0] == 'ل' ? w[1..]
        : w;

    internal static IReadOnlyList<string> TitleWords(SpeakerPhrase phrase) => phrase.Title is null ? [] :
        ArabicNormalizer.Instance.Normalize(phrase.Title).Split([' ', '"', '“', '”', '«', '»', '،', ','], StringSplitOptions.RemoveEmptyEntries);
}
