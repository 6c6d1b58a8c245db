using QuoteExtract.Attribution;
using QuoteExtract.Records;
using QuoteExtract.Text;

namespace QuoteExtract.Linking;

/// <summary>
/// The document's speakers. A phrase resolves to an earlier speaker when its name ends with the
/// same word (<c>لافروف</c> → <c>سيرغي لافروف</c>), when it repeats or shortens a title
/// (<c>الوزير</c>، <c>وزير الخارجية الروسي</c>), or when it refers back to an organisation or source
/// by its head (<c>الوزارة</c>، <c>المصدر</c>); otherwise it is a new speaker.
/// </summary>
internal sealed class SpeakerTable
{
    private readonly List<SpeakerEntity> _entities = [];

    public IReadOnlyList<SpeakerEntity> Entities => _entities;

    /// <summary>The speaker the phrase points to, creating it when <paramref name="create"/> allows.</summary>
    public SpeakerEntity? Resolve(AnalyzedText text, SpeakerPhrase phrase, bool create = true)
    {
        var titleWords = phrase.Title is null ? [] : Words(phrase.Title);
        var entity = Find(phrase, titleWords);
        if (entity is null)
        {
            if (!create) return null;
            entity = new SpeakerEntity(_entities.Count + 1, phrase.Kind);
            _entities.Add(entity);
        }
        var (start, end) = (text.Tokens[phrase.First].Start, text.Tokens[phrase.End - 1].End);
        entity.Absorb(phrase, titleWords, start, end);
        return entity;
    }

    private SpeakerEntity? Find(SpeakerPhrase phrase, IReadOnlyList<string> titleWords)
    {
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
                var words = phrase.NameWords;
                if (phrase.IsAnaphoric ? phrase.Head == e.Head : Contains(e.NameWords, words) || Contains(words, e.NameWords)) return e;
            }
        }
        return null;
    }

    /// <summary>Two names agree when their last words agree and neither has a first name the other contradicts.</summary>
    private static bool SameName(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a[^1] != b[^1]) return Contains(a, b) || Contains(b, a);
        return a.Count == 1 || b.Count == 1 || a[0] == b[0];
    }

    private static bool SameTitle(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count > 0 && b.Count > 0 && (Contains(a, b) || Contains(b, a));

    /// <summary>Whether every word of <paramref name="part"/> occurs in <paramref name="whole"/>, in order.</summary>
    private static bool Contains(IReadOnlyList<string> whole, IReadOnlyList<string> part)
    {
        if (part.Count == 0 || part.Count > whole.Count) return false;
        int k = 0;
        foreach (var w in whole)
        {
            if (k < part.Count && Stem(w) == Stem(part[k])) k++;
        }
        return k == part.Count;
    }

    private static string Stem(string w) => w.Length > 4 && w.StartsWith("ال", StringComparison.Ordinal) ? w[2..] : w;

    private static IReadOnlyList<string> Words(string text) =>
        ArabicNormalizer.Instance.Normalize(text).Split([' ', '"', '“', '”', '«', '»', '،', ','], StringSplitOptions.RemoveEmptyEntries);
}
