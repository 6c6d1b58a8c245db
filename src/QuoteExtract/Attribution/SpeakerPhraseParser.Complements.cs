using QuoteExtract.Lexicon;
using QuoteExtract.Records;
using QuoteExtract.Text;

namespace QuoteExtract.Attribution;

/// <summary>
/// What may follow a head inside a speaker phrase: a title's complements, attachments and quoted bodies, an
/// organisation's or source's description, and the addressees and circumstances that end them.
/// </summary>
internal sealed partial class SpeakerPhraseParser
{
    /// <summary>Words that qualify a rank before the name (<c>العميد الركن البحري</c>، <c>اللواء المتقاعد</c>).</summary>
    private int AfterRankModifiers(AnalyzedText text, int i, int limit)
    {
        int k = i;
        while (k < limit && k - i < 3 && HasArticle(text.Tokens[k]) && !IsBreaker(text.Tokens[k])) k++;
        return k > i && NameFollows(text, k, limit) ? k : i;
    }

    /// <summary>
    /// Where a title that started before <paramref name="i"/> ends: genitive complements, nationalities, places of one
    /// word or more, a quoted
    /// organisation (<c>المتحدث باسم حركة "حماس"</c>), a construct member (<c>وزير حقوق الإنسان</c>) and, when a name
    /// follows, a prepositional attachment (<c>عضو المكتب التنفيذي في المجلس الوطني</c>، <c>المكلف بالشأن الأوروبي</c>).
    /// </summary>
    private int TitleEnd(AnalyzedText text, int i, int titleFirst, int limit)
    {
        var tokens = text.Tokens;
        while (i < limit && i - titleFirst < MaxTitleWords)
        {
            if (ShortQuotedNameEnd(tokens, i, limit) is int close) i = close + 1;
            else if (IsQuantifiedDemonstrative(tokens, i, limit)) i++; // ممثل إحدى هذه الحكومات
            else if (lexicon.Places.MatchAt(tokens, i) is var place && place > 1 && i + place <= limit) i += place; // رئيس كوت ديفوار
            else if (IsTitleComplement(tokens, i, limit)) i++;
            else if (i == titleFirst + 1 && tokens[i].Normalized == "عام") i++; // مدير عام
            else if (IsBodyName(text, i, limit)) i++; // رئيس نادي كوتبوس كريستيان بيك
            else if (IsConstructMember(text, i, limit)) i++;
            else if (AttachmentsBeforeName(text, i, titleFirst, limit) is int end && end > i) i = end;
            else break;
        }
        return i;
    }

    /// <summary>
    /// The end of prepositional attachments and their complements from <paramref name="i"/> when a name follows
    /// them (<c>لكرة القدم بنادي الهلال جورجيوس دونيس</c>), else <paramref name="i"/>: without a name they are
    /// more likely the circumstances of the report (<c>قال الوزير في المؤتمر</c>).
    /// </summary>
    private int AttachmentsBeforeName(AnalyzedText text, int i, int titleFirst, int limit)
    {
        var tokens = text.Tokens;
        int k = i;
        while (k < limit && k - titleFirst < MaxTitleWords + 6)
        {
            if (PrepositionalComplementEnd(text, k, limit) is int end && end > k) k = end;
            else if (k > i && ShortQuotedNameEnd(tokens, k, limit) is int close) k = close + 1;
            else if (k > i && IsTitleComplement(tokens, k, limit) && !lexicon.GivenNames.Contains(tokens[k])) k++;
            else break;
            if (NameFollows(text, k, limit) || (k + 1 < limit && FunctionWords.IsComma(tokens[k])
                && (NameAfterNationality(text, k + 1, limit) is not null || (IsTitleHead(tokens[k + 1]) && Parse(text, k + 1, limit) is { HasName: true })))) return k;
        }
        return i;
    }

    /// <summary>The bare name of a body right after its head in a title (نادي كوتبوس، شركة داتاماتكس), before a person's name or the phrase end.</summary>
    private bool IsBodyName(AnalyzedText text, int i, int limit)
    {
        var tokens = text.Tokens;
        var t = tokens[i];
        return i > 0 && lexicon.OrganisationHeads.Contains(tokens[i - 1]) && t.IsWord && !HasArticle(t) && !IsBreaker(t)
            && !lexicon.GivenNames.Contains(t) && lexicon.Cues.MatchAt(tokens, i) is null
            && (NameFollows(text, i + 1, limit) || EndsName(tokens, i + 1, limit));
    }

    /// <summary>
    /// A word without the article between a title head and a word with it, when more words follow:
    /// <c>وزير حقوق الإنسان عز الدين</c> (a construct chain), not <c>الرئيس بشار الأسد</c>.
    /// </summary>
    private bool IsConstructMember(AnalyzedText text, int i, int limit)
    {
        var tokens = text.Tokens;
        var t = tokens[i];
        if (!t.IsWord || HasArticle(t) || IsBreaker(t) || lexicon.GivenNames.Contains(t) || s_nameParticles.Contains(t.Normalized)) return false;
        if (lexicon.Cues.MatchAt(tokens, i) is not null || FunctionWords.IsComplementiser(t)) return false;
        if (i + 2 >= limit || !HasArticle(tokens[i + 1]) || lexicon.GivenNames.Contains(tokens[i + 1])) return false;
        return NameFollows(text, i + 2, limit);
    }

    /// <summary>
    /// The end of a prepositional attachment starting at <paramref name="i"/>: في/من/مع/لدى/عن + a noun phrase, or a
    /// word with an attached ب (<c>بالأمم المتحدة</c>، <c>بنادي الهلال</c>) or ل before the article or a construct
    /// (<c>للفريق الأول</c>، <c>لكرة القدم</c>); also the pronoun forms منه، منها، منهم (<c>مقربون منه</c>).
    /// Returns <paramref name="i"/> where there is none.
    /// </summary>
    private int PrepositionalComplementEnd(AnalyzedText text, int i, int limit)
    {
        var tokens = text.Tokens;
        var t = tokens[i];
        if (!t.IsWord || lexicon.Cues.MatchAt(tokens, i) is not null) return i;
        if (t.Normalized is "منه" or "منها" or "منهم") return i + 1;
        int k;
        if (t.Normalized is "في" or "من" or "مع" or "لدي" or "عن") k = i + 1;
        else if (t.Normalized.Length > 3 && t.Normalized[0] is 'ب' or 'ل' && !lexicon.GivenNames.Contains(t) && !IsAddressee(t)
            && (t.Normalized[1..].StartsWith("ال", StringComparison.Ordinal) || t.Normalized.StartsWith("لل", StringComparison.Ordinal)
                || (i + 1 < limit && HasArticle(tokens[i + 1]))))
        {
            k = i + 1;
        }
        else return i;
        int objectFirst = k == i + 1 && t.Normalized.Length <= 3 ? k : i;
        if (objectFirst == k)
        {
            if (k >= limit || !IsNounPhraseWord(tokens, k, limit)) return i;
            k++;
        }
        while (k < limit && k - i < 6)
        {
            if (ShortQuotedNameEnd(tokens, k, limit) is int close) k = close + 1;
            else if (tokens[k].IsWord && !IsAddressee(tokens[k]) && (HasArticle(tokens[k]) || !NameFollows(text, k, limit))
                && (HasArticle(tokens[k]) || lexicon.Nationalities.Contains(tokens[k]) || lexicon.Places.Contains(tokens[k])
                || (tokens[k].Normalized.StartsWith("بال", StringComparison.Ordinal) && tokens[k].Normalized.Length > 4))
                && !IsBreaker(tokens[k]) && lexicon.Cues.MatchAt(tokens, k) is null) k++;
            else break;
        }
        return k;
    }

    /// <summary>A word that can open the object of a preposition inside a speaker phrase.</summary>
    private bool IsNounPhraseWord(IReadOnlyList<Token> tokens, int k, int limit)
    {
        var t = tokens[k];
        if (ShortQuotedNameEnd(tokens, k, limit) is not null) return true;
        return t.IsWord && !IsBreaker(t) && !FunctionWords.IsComplementiser(t) && lexicon.Cues.MatchAt(tokens, k) is null or { Entry.Class: CueClass.Perception }
            && !lexicon.ReportHeads.Contains(t) && !LooksVerb(t) && !s_notNames.Contains(t.Normalized) && !IsAddressee(t)
            && !s_circumstances.Contains(t.Normalized);
    }

    /// <summary>Nouns of the occasion of a statement (في اتصال، في مقابلة): they follow the speaker, never belong to it.</summary>
    private static readonly HashSet<string> s_circumstances = new(StringComparer.Ordinal)
    {
        "اتصال", "مقابله", "حديث", "تصريح", "تصريحات", "لقاء", "كلمه", "مؤتمر", "ندوه", "حوار", "جلسه", "اجتماع", "زياره", "مداخله", "تغريده",
        "الاتصال", "المقابله", "اللقاء", "المؤتمر", "الجلسه", "الاجتماع", "الندوه",
    };

    /// <summary>
    /// ل + an outlet or the press after a source is whom it spoke to (<c>للوكالة</c>، <c>لرويترز</c>، <c>للصحفيين</c>),
    /// not part of it; ل + anything else continues a name (<c>الشركة الوطنية للمحروقات</c>، <c>لمكافحة المخدرات</c>).
    /// </summary>
    private bool IsAddressee(Token t)
    {
        if (t.Normalized.Length < 3 || t.Normalized[0] != 'ل') return false;
        var stem = t.Normalized.StartsWith("لل", StringComparison.Ordinal) ? t.Normalized[2..] : t.Normalized[1..];
        return s_addressees.Contains(stem) || lexicon.OrganisationHeads.ContainsExact(stem) && s_mediaHeads.Contains(stem);
    }

    /// <summary>Whom a source speaks to (stems after ل/لل).</summary>
    private static readonly HashSet<string> s_addressees = new(StringComparer.Ordinal)
    {
        "صحفيين", "صحافيين", "صحافه", "اعلام", "اعلاميين", "مراسلين", "رويترز", "فرانس",
    };

    private static readonly HashSet<string> s_mediaHeads = new(StringComparer.Ordinal)
    {
        "وكاله", "صحيفه", "جريده", "مجله", "قناه", "تلفزيون", "تليفزيون", "اذاعه", "موقع", "شبكه", "بوابه", "منصه", "فضائيه",
    };

    /// <summary>The closing mark of a short quoted or bracketed name opening at <paramref name="open"/> (<c>«كوميرسانت»</c>، <c>(يوروبول)</c>), or null.</summary>
    private static int? ShortQuotedNameEnd(IReadOnlyList<Token> tokens, int open, int limit)
    {
        bool bracket = tokens[open].Is('(');
        if (!bracket && !FunctionWords.IsQuoteMark(tokens[open])) return null;
        for (int k = open + 1; k < Math.Min(limit, open + MaxQuotedNameTokens + 2); k++)
        {
            if (bracket ? tokens[k].Is(')') : FunctionWords.IsQuoteMark(tokens[k])) return k > open + 1 && NameContinuesAfter(tokens, k + 1) ? k : null;
            if (!tokens[k].IsWord && tokens[k].Kind != TokenKind.Number && !tokens[k].Is('-') && !tokens[k].Is('.')) return null;
        }
        return null;
    }

    /// <summary>Words and dots a quoted name may hold (<c>"كيوشو إلكتريك باور"</c>، <c>«أ.ب»</c>).</summary>
    private const int MaxQuotedNameTokens = 4;

    /// <summary>
    /// A short quotation is a name when the clause goes on after it (<c>صحيفة «الصباح» إن</c>); before a sentence
    /// end it is the speech itself (<c>وقال المتحدث «لا تعليق».</c>).
    /// </summary>
    private static bool NameContinuesAfter(IReadOnlyList<Token> tokens, int k) =>
        k < tokens.Count && (FunctionWords.IsComma(tokens[k]) || tokens[k].IsWord);

    private bool IsTitleComplement(IReadOnlyList<Token> tokens, int i, int limit)
    {
        var t = tokens[i];
        if (!t.IsWord || IsBreaker(t) || lexicon.Cues.MatchAt(tokens, i) is not null) return false;
        if (lexicon.Ranks.Contains(t) && !HasPrefixPreposition(t)) return false;
        // an adjective agrees in definiteness: سنية after الآثار starts a name, أمريكي after مسؤول qualifies it
        if (lexicon.Nationalities.Contains(t)) return HasArticle(t) || !HasArticle(tokens[i - 1]);
        if (lexicon.Places.Contains(t)) return true;
        if (t.Normalized is "باسم" or "العام" or "الاول" or "الاعلي") return true;
        if (HasArticle(t))
        {
            // a given name with the article opens a name when a plain word follows (الحسن واطارا), else it is a complement (نادي الوداد)
            if (!lexicon.GivenNames.Contains(t) || i + 1 >= limit) return true;
            var next = tokens[i + 1];
            return !next.IsWord || HasArticle(next) || IsBreaker(next) || FunctionWords.IsComplementiser(next) || lexicon.Cues.MatchAt(tokens, i + 1) is not null;
        }
        // بـ + a role is whom the title holder meets or greets (رحب رئيس مجلس الوزراء بأمين عام الأمم المتحدة), not part of the title
        return (IsTitleHead(t) && !(t.Normalized[0] == 'ب' && HasPrefixPreposition(t))) || lexicon.OrganisationHeads.Contains(t);
    }

    /// <summary>
    /// The speaker alone of a phrase read as one that holds two, the speaker and whom it addresses (<c>طالب الوزير الحكومة بـ</c>،
    /// <c>طالب الأعضاء المعزولون الأمين العام بعقد …</c>، <c>دعت منظمة العفو الدولية السلطات السودانية إلى …</c>); else the phrase.
    /// The second opens at a definite head after a definite head or after an adjective that closed the first: a definite
    /// word has no genitive after it, so what follows it is its adjective or another phrase.
    /// </summary>
    public SpeakerPhrase WithoutAddressee(AnalyzedText text, SpeakerPhrase phrase)
    {
        var tokens = text.Tokens;
        for (int i = phrase.First + 1; i < phrase.End; i++)
        {
            var before = tokens[i - 1];
            bool closed = i == phrase.First + 1 ? before.Normalized.StartsWith("ال", StringComparison.Ordinal) : IsNisba(before) || LooksMasculinePlural(before);
            if (closed && HasArticle(before) && OpensSecondPhrase(text, i, phrase.End)) return ParseAt(text, phrase.First, i) ?? phrase;
        }
        return phrase;
    }

    /// <summary>A title, body or source head with the article, or a place of several words, that is not a nisba adjective and has no name after it.</summary>
    private bool OpensSecondPhrase(AnalyzedText text, int i, int limit)
    {
        var tokens = text.Tokens;
        var t = tokens[i];
        if (!t.Normalized.StartsWith("ال", StringComparison.Ordinal) || IsNisba(t)) return false;
        bool head = (IsTitleHead(t) && !lexicon.Ranks.Contains(t)) || lexicon.OrganisationHeads.Contains(t) || lexicon.UnnamedSourceHeads.Contains(t)
            || lexicon.Places.MatchAt(tokens, i) > 1;
        return head && !NameFollows(text, i + 1, limit);
    }

    private bool IsEntityComplement(AnalyzedText text, int i, int first, int limit, SpeakerKind kind)
    {
        var tokens = text.Tokens;
        var t = tokens[i];
        if (!t.IsWord && t.Kind != TokenKind.Number) return false;
        if (IsQuantifiedDemonstrative(tokens, i, limit)) return true; // أحد هؤلاء العمال
        if (lexicon.Cues.MatchAt(tokens, i) is not null || FunctionWords.IsComplementiser(t) || IsBreaker(t) || HasTanweenFath(text, t)) return false;
        if (IsAddressee(t)) return false;
        if (HasArticle(t) && HasArticle(tokens[first]) && LooksMasculinePlural(t) && !LooksMasculinePlural(tokens[first])) return false; // دعت الهيئة المواطنين
        if (kind == SpeakerKind.UnnamedSource && IsTitleHead(t)) return false; // طالب الأعضاء المعزولون الأمين العام: the object
        // a verbal noun after the name's adjective is the verb's object: قرار بنك الكويت المركزي الإبقاء على …
        if (HasArticle(t) && t.Normalized.StartsWith("ال", StringComparison.Ordinal) && tokens[i - 1].Normalized[^1] == 'ي' && HasArticle(tokens[i - 1])
            && LooksVerbalNoun(t.Normalized[2..], false)) return false;
        if (lexicon.Nationalities.Contains(t) || lexicon.Places.Contains(t) || HasArticle(t)) return true;
        // الشركة الوطنية لاستغلال المياه، القيادة العامة لقوة دفاع البحرين
        if (kind == SpeakerKind.Organisation && t.Normalized.Length > 3 && t.Normalized[0] == 'ل' && i + 1 < limit && HasArticle(tokens[i + 1])) return true;
        // construct chains, foreign names and indefinite adjectives right after the head (وكالة أنباء، صحيفة وول ستريت
        // جورنال، مصدر مسؤول، دراسة طبية حديثة), never after a word with the article, the head's included, or a place
        // (تحمّل جامعة تبوك مسئولية …) has closed the chain, nor a word with a possessive pronoun (أبدت الوزارة قلقها: the object)
        if (t.EndsWithPronoun && !lexicon.GivenNames.Contains(t)) return false;
        for (int k = first; k < i; k++)
        {
            if (HasArticle(tokens[k]) || (k > first && lexicon.Places.Contains(tokens[k]))) return false;
        }
        // الهيئة العامة للاتصالات وتقنية المعلومات: a conjoined construct inside a name
        if (kind == SpeakerKind.Organisation && t.Normalized[0] == 'و' && HasArticle(tokens[i - 1]) && tokens[i - 1].Normalized[0] == 'ل'
            && i + 1 < limit && HasArticle(tokens[i + 1])) return true;
        if (HasPrefixPreposition(t) || t.Normalized[0] == 'و' || LooksVerb(t)) return false;
        return kind switch
        {
            // بيان صادر عن المجلس: the issuer follows; تقرير مون: the author's name the document repeats
            SpeakerKind.Document => lexicon.OrganisationHeads.Contains(t) || LooksAdjective(t) || t.Normalized is "صادر" or "صادره"
                || (i == first + 1 && LooksLikeEntity(text, t) && !lexicon.GivenNames.Contains(t)),
            // مصدر مسؤول، شهود عيان، مصدر أمني رفيع; not the verb's object (محتجون ومصريون عاديون مبارك)
            SpeakerKind.UnnamedSource => i == first + 1 || LooksAdjective(t) || !LooksLikeEntity(text, t),
            _ => true,
        };
    }

    /// <summary>A nisba adjective (الدولية، السوري), which agrees with the word before it (للوساطة المالية) whatever body it may also name.</summary>
    private static bool IsNisba(Token t) => t.Normalized[^1] == 'ي' || t.Normalized.EndsWith("يه", StringComparison.Ordinal);

    /// <summary>A masculine sound plural (المواطنين، المسؤولون).</summary>
    private static bool LooksMasculinePlural(Token t) => t.Normalized.Length > 5 && (t.Normalized.EndsWith("ين", StringComparison.Ordinal) || t.Normalized.EndsWith("ون", StringComparison.Ordinal));

    /// <summary>A given name, or a bare word the document repeats (a name it keeps coming back to), rather than an adjective.</summary>
    private bool LooksLikeEntity(AnalyzedText text, Token t) => lexicon.GivenNames.Contains(t) || text.CountOf(t.Normalized) > 2;

    /// <summary>
    /// A demonstrative after أحد/إحدى/بعض and before a word with the article (أحد هؤلاء العمال، إحدى هذه
    /// الحكومات), or such a quantifier before one: part of the description, not its end.
    /// </summary>
    private static bool IsQuantifiedDemonstrative(IReadOnlyList<Token> tokens, int i, int limit)
    {
        static bool Quantifier(Token t) => t.Normalized is "احد" or "احدي" or "بعض";
        static bool Demonstrative(Token t) => t.Normalized is "هذا" or "هذه" or "هؤلاء" or "تلك" or "ذلك";
        if (i + 1 >= limit) return false;
        if (Demonstrative(tokens[i])) return i > 0 && Quantifier(tokens[i - 1]) && HasArticle(tokens[i + 1]);
        return Quantifier(tokens[i]) && i + 2 < limit && Demonstrative(tokens[i + 1]) && HasArticle(tokens[i + 2]);
    }

    /// <summary>An indefinite adjective: the feminine ة, the relative ي or a sound plural (<c>حديثة</c>، <c>أوروبي</c>، <c>عاديون</c>).</summary>
    private static bool LooksAdjective(Token t) => t.Normalized.Length > 3
        && (t.Normalized[^1] is 'ه' or 'ي' || t.Normalized.EndsWith("ون", StringComparison.Ordinal) || t.Normalized.EndsWith("ين", StringComparison.Ordinal));
}
