using QuoteExtract.Lexicon;
using QuoteExtract.Records;
using QuoteExtract.Text;

namespace QuoteExtract.Attribution;

/// <summary>
/// What a personal name is made of: which words may start, continue or end one, and the look-alikes
/// (objects, verbal nouns, possessives, function words) that may not.
/// </summary>
internal sealed partial class SpeakerPhraseParser
{
    private const int MaxNameWords = 4;

    /// <summary>Name particles after which a word with the article still belongs to the name (عبد الله، آل سعود).</summary>
    private static readonly HashSet<string> s_nameParticles = new(StringComparer.Ordinal) { "عبد", "ابو", "ابي", "ابن", "بن", "بنت", "ال", "بو", "ولد", "اب" };

    /// <summary>
    /// Where a name starts at <paramref name="i"/> or after the rank and nationality before it (<c>الهولندية إنغريد فان دايك</c>،
    /// <c>المهندس وليد قاسم الحجار</c>), or null.
    /// </summary>
    private int? NameAfterNationality(AnalyzedText text, int i, int limit)
    {
        for (int k = i; k < Math.Min(limit, i + 3); k++)
        {
            if (NameFollows(text, k, limit)) return k;
            var t = text.Tokens[k];
            bool qualifier = HasArticle(t) && (lexicon.Nationalities.Contains(t) || lexicon.Ranks.Contains(t));
            if (!qualifier) return null;
        }
        return null;
    }

    /// <summary>Whether a personal name starts at <paramref name="i"/>: a known given name, or two name words.</summary>
    private bool NameFollows(AnalyzedText text, int i, int limit)
    {
        if (i >= limit || !text.Tokens[i].IsWord || HasArticle(text.Tokens[i])) return false;
        int k = i;
        while (k < limit && k - i < MaxNameWords && IsNameWord(text, k, i, limit)) k++;
        return k > i && (k - i >= 2 || lexicon.GivenNames.Contains(text.Tokens[i]));
    }

    private bool IsNameWord(AnalyzedText text, int i, int nameFirst, int limit)
    {
        var tokens = text.Tokens;
        var t = tokens[i];
        if (IsBanKiMoonReading(text, i, limit)) return true;
        if (!t.IsWord || FunctionWords.IsComplementiser(t) || s_notNames.Contains(t.Normalized) || HasTanweenFath(text, t) || IsAddressee(t)) return false;
        // ل or ب before a construct is a preposition, not a name (لحقوق الإنسان، بعودة الرئيس)
        if (i == nameFirst && HasPrefixPreposition(t) && !lexicon.GivenNames.Contains(t) && i + 1 < limit && HasArticle(tokens[i + 1])
            && tokens[i + 1].Normalized.StartsWith("ال", StringComparison.Ordinal)) return false;
        // the word after عبد/أبو/بن belongs to the name whatever else it could be (عبد الأمير، أبو الخير)
        if (i > nameFirst && HasArticle(t) && s_nameParticles.Contains(tokens[i - 1].Normalized) && !IsBreaker(t)) return true;
        if (IsBreaker(t) && !IsNameReadingOfBreaker(text, i, limit)) return false;
        if (i >= nameFirst + 2 && LooksVerbalNoun(t) && !lexicon.GivenNames.Contains(t)) return false; // أعلن فراس الطراونة افتتاح …
        if (i > nameFirst && IsNounWithAdjective(tokens, i, limit)) return false; // أطلق كريم سعدي أنشودة جديدة
        if (t.EndsWithPronoun && !lexicon.GivenNames.Contains(t)) return false; // زملاءه، اجتماعهم، عزمه: a name carries no possessive
        if (i > nameFirst && !lexicon.GivenNames.Contains(t) && (LooksConjoined(text, t) || LooksVerb(t) || IsPrefixedKnownWord(text, t))) return false;
        if (i == nameFirst && t.Normalized[0] == 'و' && t.Normalized.Length > 3 && !lexicon.GivenNames.Contains(t)
            && (lexicon.PhraseBreakers.ContainsExact(t.Normalized[1..]) || text.ContainsWord(t.Normalized[1..]))) return false; // واذا، وكان
        if (lexicon.Cues.MatchAt(tokens, i) is not null) return false;
        if (IsTitleHead(t) && i > nameFirst && IsFamilyNameLikeTitle(text, i, limit)) return true;
        if (IsTitleHead(t) || lexicon.OrganisationHeads.Contains(t) || lexicon.UnnamedSourceHeads.Contains(t) || lexicon.ReportHeads.Contains(t)) return false;
        if (i > nameFirst && (lexicon.Nationalities.Contains(t) || lexicon.Places.Contains(t) || lexicon.Places.MatchAt(tokens, i) > 1)) return false;
        if (t.Normalized.Length > 1 && !HasArticle(t))
        {
            if (HasPrefixPreposition(t) && LooksVerbalNoun(t.Normalized[1..], false)) return false; // بإبقاء، لتعزيز
            if (!HasPrefixPreposition(t) || !IsKnownWordAfterPrefix(t)) return true;
            // a foreign surname that looks like ب + a word (فابريس بالانش) closes the name before punctuation
            return i > nameFirst && (i + 1 >= limit || !tokens[i + 1].IsWord) && !text.ContainsWord(t.Normalized[1..]);
        }
        if (i == nameFirst)
        {
            // a family name with the article alone, that the document gives after a given name (وقال الزهراني لـ… after محمد الزهراني)
            if (IsSurnameElsewhere(text, i) && (i + 1 >= limit || !tokens[i + 1].IsWord || FunctionWords.IsComplementiser(tokens[i + 1])
                || IsBreaker(tokens[i + 1]) || tokens[i + 1].Normalized[0] == 'ل')) return true;
            // a given name with the article opens a name before another name word (الهادي بن رمضان، الحسين أوبلا)
            return lexicon.GivenNames.Contains(t) && i + 1 < limit && tokens[i + 1].IsWord && !HasArticle(tokens[i + 1])
                && !IsBreaker(tokens[i + 1]) && !FunctionWords.IsComplementiser(tokens[i + 1]) && lexicon.Cues.MatchAt(tokens, i + 1) is null
                && !IsTitleHead(tokens[i + 1]) && !lexicon.OrganisationHeads.Contains(tokens[i + 1]);
        }
        if (!t.Normalized.StartsWith("ال", StringComparison.Ordinal)) return false;
        if (t.Normalized is "الدين" or "الله") return true; // عز الدين، عبد الله
        // a family name with the article: بشار الأسد، عبد الله، محمد البرادعي
        var previous = tokens[i - 1];
        return s_nameParticles.Contains(previous.Normalized) || lexicon.GivenNames.ContainsExact(previous.Normalized)
            || (i + 1 >= limit || !tokens[i + 1].IsWord || IsBreaker(tokens[i + 1]) || FunctionWords.IsComplementiser(tokens[i + 1]));
    }

    /// <summary>Whether the word at <paramref name="i"/> stands elsewhere in the document right after a given name, as a family name.</summary>
    private bool IsSurnameElsewhere(AnalyzedText text, int i)
    {
        var tokens = text.Tokens;
        if (text.CountOf(tokens[i].Normalized) < 2 || !AfterGivenNames(text).TryGetValue(tokens[i].Normalized, out int count)) return false;
        bool here = i > 0 && lexicon.GivenNames.Contains(tokens[i - 1]);
        return count > (here ? 1 : 0);
    }

    /// <summary>How often each word of the text stands right after a given name; counted once per text.</summary>
    private Dictionary<string, int> AfterGivenNames(AnalyzedText text) => _afterGivenNames.GetValue(text, t =>
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int k = 1; k < t.Tokens.Count; k++)
        {
            if (t.Tokens[k].IsWord && lexicon.GivenNames.Contains(t.Tokens[k - 1])) counts[t.Tokens[k].Normalized] = counts.GetValueOrDefault(t.Tokens[k].Normalized) + 1;
        }
        return counts;
    });

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<AnalyzedText, Dictionary<string, int>> _afterGivenNames = new();

    /// <summary>
    /// بان and كي written without hamza inside a name (بان كي مون): the complementiser بأن and the particle كي
    /// are never followed by كي and by a name.
    /// </summary>
    private static bool IsBanKiMoonReading(AnalyzedText text, int i, int limit)
    {
        var tokens = text.Tokens;
        bool ban = tokens[i].Normalized == "بان" && !tokens[i].StartsWithHamzaAlef && text.Original[tokens[i].Start + 1] == 'ا'
            && i + 2 < limit && tokens[i + 1].Normalized == "كي" && tokens[i + 2].IsWord;
        bool ki = tokens[i].Normalized == "كي" && i > 0 && tokens[i - 1].Normalized == "بان" && i + 1 < limit && tokens[i + 1].IsWord;
        return ban || ki;
    }

    /// <summary>
    /// A breaker that is also a name: علي spelled with ي before another word (the preposition is spelled على,
    /// which normalizes alike), or a name written with a hamza on its first alef (آلان; the breaker الآن has none).
    /// </summary>
    private bool IsNameReadingOfBreaker(AnalyzedText text, int i, int limit)
    {
        var tokens = text.Tokens;
        if (i + 1 >= limit || !tokens[i + 1].IsWord || IsBreaker(tokens[i + 1]) || lexicon.Cues.MatchAt(tokens, i + 1) is not null) return false;
        if (tokens[i].StartsWithHamzaAlef && tokens[i].Normalized == "الان") return true; // آلان is not الآن
        return tokens[i].Normalized == "علي" && text.Original[tokens[i].End - 1] == 'ي' && !FunctionWords.IsComplementiser(tokens[i + 1]);
    }

    /// <summary>A feminine noun followed by its feminine adjective (أنشودة جديدة): the verb's object, not a family name.</summary>
    private bool IsNounWithAdjective(IReadOnlyList<Token> tokens, int i, int limit) =>
        tokens[i].EndsWithTaMarbuta && i + 1 < limit && tokens[i + 1].IsWord && tokens[i + 1].EndsWithTaMarbuta
        && !lexicon.GivenNames.Contains(tokens[i]) && !lexicon.GivenNames.Contains(tokens[i + 1]);

    /// <summary>A verbal noun of the derived forms (افتتاح، انطلاق، إبقاء، تقديم): the object of the verb, not a name.</summary>
    private static bool LooksVerbalNoun(Token t) => LooksVerbalNoun(t.Normalized, t.StartsWithHamzaAlef);

    private static bool LooksVerbalNoun(string w, bool hamzaAlef)
    {
        if (w.Length is < 5 or > 7) return false;
        if (w[0] == 'ت') return w[^2] == 'ي' && w.Length == 5; // تقديم، تعزيز
        return w[0] == 'ا' && !hamzaAlef && (w[3] == 'ا' || w[4] == 'ا') && w[^1] is not ('ي' or 'ه');
    }

    /// <summary>A word in the accusative with tanween (اقتراحاً، جديداً): an object or an adverb, never part of a name.</summary>
    private static bool HasTanweenFath(AnalyzedText text, Token t) => text.Original.AsSpan(t.Start, t.End - t.Start).Contains('\u064B');

    /// <summary>
    /// A title head inside a name that ends there (<c>سعاد الخطيب إن</c>) or before a nisba family name
    /// (<c>محمد أمين السرغيني،</c>), not a title after the name (<c>شيرين عبد الهادي أستاذ التغذية</c>).
    /// </summary>
    private bool IsFamilyNameLikeTitle(AnalyzedText text, int i, int limit)
    {
        var tokens = text.Tokens;
        if (lexicon.OrganisationHeads.Contains(tokens[i])) return false;
        if (HasArticle(tokens[i])) return EndsName(tokens, i + 1, limit);
        if (i + 1 >= limit) return true;
        var next = tokens[i + 1];
        if (!HasArticle(next)) return EndsName(tokens, i + 1, limit);
        // the family name after it is a nisba (السرغيني), not a field or body (أستاذ التغذية)
        return next.Normalized[^1] == 'ي' && !IsTitleHead(next) && !lexicon.OrganisationHeads.Contains(next) && !lexicon.Nationalities.Contains(next)
            && !lexicon.Places.Contains(next) && EndsName(tokens, i + 2, limit);
    }

    private bool EndsName(IReadOnlyList<Token> tokens, int k, int limit) =>
        k >= limit || !tokens[k].IsWord || IsBreaker(tokens[k]) || FunctionWords.IsComplementiser(tokens[k]) || lexicon.Cues.MatchAt(tokens, k) is not null;

    /// <summary>Quantifiers and other words that follow a name as the verb's object, never inside it.</summary>
    private static readonly HashSet<string> s_notNames = new(StringComparer.Ordinal)
    {
        "جميع", "كل", "كافه", "بعض", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع", "عشر", "عدد", "معظم", "غالبيه", "اي", "احد", "نحو", "حوالي", "اكثر", "اقل", "عدم", "ضروره", "اهميه",
        // quantities (بأمين عام الأمم المتحدة، 200 ألف ريال، حجم الودائع)
        "عام", "الف", "مليون", "مليار", "حجم", "نسبه", "قيمه", "مجموع", "اجمالي",
    };

    /// <summary>A word opening with the conjunction و (وألغت) or ف before a known word or a future verb (فستكون).</summary>
    private static bool LooksConjoined(AnalyzedText text, Token t) => t.Normalized.Length > 3
        && (t.Normalized[0] == 'و' || (t.Normalized[0] == 'ف' && (t.Normalized[1] == 'س' || text.ContainsWord(t.Normalized[1..]))));

    /// <summary>A future verb (سيغادر، ستكون) or a present plural (يغلقون، تطالبون).</summary>
    private static bool LooksVerb(Token t) => t.Normalized.Length > 4
        && ((t.Normalized[0] == 'س' && t.Normalized[1] is 'ي' or 'ت' or 'ن') || (t.Normalized[0] is 'ي' or 'ت' && t.Normalized.EndsWith("ون", StringComparison.Ordinal)));

    /// <summary>
    /// ل/ب + a word that stands alone elsewhere in the document (لوام beside وام) or a verbal noun (لتعزيز، بتقديم):
    /// a preposition, not a name.
    /// </summary>
    private static bool IsPrefixedKnownWord(AnalyzedText text, Token t) =>
        t.Normalized.Length > 3 && t.Normalized[0] is 'ل' or 'ب'
        && (text.ContainsWord(t.Normalized[1..]) || (t.Normalized[1] == 'ت' && t.Normalized.Length >= 6 && t.Normalized[^2] == 'ي'));

    /// <summary><c>لوكالة</c>، <c>بالعاصمة</c>: a preposition attached to a word the lexicons know, not a name starting with ب/ل/ك.</summary>
    private bool IsKnownWordAfterPrefix(Token t)
    {
        var stem = t.Normalized[1..];
        return stem.StartsWith("ال", StringComparison.Ordinal) || lexicon.OrganisationHeads.ContainsExact(stem) || lexicon.TitleHeads.ContainsExact(stem)
            || lexicon.Places.ContainsExact(stem) || lexicon.UnnamedSourceHeads.ContainsExact(stem) || lexicon.ReportHeads.ContainsExact(stem);
    }
}
