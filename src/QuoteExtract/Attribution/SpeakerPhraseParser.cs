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

    /// <summary>
    /// Parses a phrase starting at <paramref name="start"/> that must end before <paramref name="limit"/>. With
    /// <paramref name="detachPreposition"/>, a ل or ب attached to the first word is left out of the phrase
    /// (<c>وفقاً لوزارة الصحة</c>، <c>وفقا لوام</c>).
    /// </summary>
    public SpeakerPhrase? ParseAt(AnalyzedText text, int start, int limit, bool detachPreposition = false)
    {
        var phrase = Parse(text, start, limit);
        if (phrase is null || !detachPreposition || !HasAttachedPreposition(text.Tokens[start])) return phrase;
        int skip = PrefixLength(text, text.Tokens[start]);
        return phrase with
        {
            Title = phrase.Title is null || phrase.Kind != SpeakerKind.Person ? phrase.Title : Detach(phrase.Title, skip),
            Name = phrase.Name is null || (phrase.Title is not null && phrase.Kind == SpeakerKind.Person) ? phrase.Name : Detach(phrase.Name, skip),
            NameWords = phrase.Title is null && phrase.NameWords.Count > 0 ? [Detach(phrase.NameWords[0], 1), .. phrase.NameWords.Skip(1)] : phrase.NameWords,
            PrefixLength = skip,
        };
    }

    /// <summary>ل/ب/ك before a word, or ل before the article written لل.</summary>
    private static bool HasAttachedPreposition(Token t) => HasPrefixPreposition(t) || t.Normalized.StartsWith("لل", StringComparison.Ordinal);

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
        if (i >= limit || !tokens[i].IsWord || (IsBreaker(tokens[i]) && !IsNameReadingOfBreaker(text, i, limit))) return null;
        if (tokens[i].Normalized is "نفس" or "ذات" && i + 1 < limit && HasArticle(tokens[i + 1])) i++; // نفس المصدر، ذات المتحدث

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
        else if (IsTitleHead(tokens[i]))
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
        if (nameEnd == nameFirst && titleFirst < 0) return null;

        string? title = titleFirst >= 0 ? Clean(text, titleFirst, titleEnd) : null;
        string? name = nameEnd > nameFirst ? Clean(text, nameFirst, nameEnd) : null;
        return new SpeakerPhrase(start, i, kind, title, rank < 0 ? null : text.Slice(rank, rank + 1), name, WordsOf(tokens, nameFirst, nameEnd), head)
        {
            IsAnaphoric = name is null && titleEnd == titleFirst + 1 && HasArticle(tokens[titleFirst]),
            IsFeminine = feminine,
        };
    }

    /// <summary>Words that qualify a rank before the name (<c>العميد الركن البحري</c>، <c>اللواء المتقاعد</c>).</summary>
    private int AfterRankModifiers(AnalyzedText text, int i, int limit)
    {
        int k = i;
        while (k < limit && k - i < 3 && HasArticle(text.Tokens[k]) && !IsBreaker(text.Tokens[k])) k++;
        return k > i && NameFollows(text, k, limit) ? k : i;
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

    /// <summary>
    /// Where a title that started before <paramref name="i"/> ends: genitive complements, nationalities, a quoted
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
        return IsTitleHead(t) || lexicon.OrganisationHeads.Contains(t);
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
        // جورنال، مصدر مسؤول، دراسة طبية حديثة), never after a word with the article has closed the chain
        for (int k = first + 1; k < i; k++)
        {
            if (HasArticle(tokens[k])) return false;
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

    /// <summary>A masculine sound plural (المواطنين، المسؤولون).</summary>
    private static bool LooksMasculinePlural(Token t) => t.Normalized.Length > 5 && (t.Normalized.EndsWith("ين", StringComparison.Ordinal) || t.Normalized.EndsWith("ون", StringComparison.Ordinal));

    /// <summary>A given name, or a bare word the document repeats (a name it keeps coming back to), rather than an adjective.</summary>
    private bool LooksLikeEntity(AnalyzedText text, Token t)
    {
        if (lexicon.GivenNames.Contains(t)) return true;
        int count = 0;
        foreach (var other in text.Tokens)
        {
            if (other.Normalized == t.Normalized && ++count > 2) return true;
        }
        return false;
    }

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

    private bool IsNameWord(AnalyzedText text, int i, int nameFirst, int limit)
    {
        var tokens = text.Tokens;
        var t = tokens[i];
        if (IsBanKiMoonReading(text, i, limit)) return true;
        if (!t.IsWord || FunctionWords.IsComplementiser(t) || s_notNames.Contains(t.Normalized) || HasTanweenFath(text, t)) return false;
        // the word after عبد/أبو/بن belongs to the name whatever else it could be (عبد الأمير، أبو الخير)
        if (i > nameFirst && HasArticle(t) && s_nameParticles.Contains(tokens[i - 1].Normalized) && !IsBreaker(t)) return true;
        if (IsBreaker(t) && !IsNameReadingOfBreaker(text, i, limit)) return false;
        if (i >= nameFirst + 2 && LooksVerbalNoun(t) && !lexicon.GivenNames.Contains(t)) return false; // أعلن فراس الطراونة افتتاح …
        if (HasPossessiveSuffix(text, t) && !lexicon.GivenNames.Contains(t)) return false;
        if (i > nameFirst && !lexicon.GivenNames.Contains(t) && (LooksConjoined(text, t) || LooksVerb(t) || IsPrefixedKnownWord(text, t))) return false;
        if (i == nameFirst && t.Normalized[0] == 'و' && t.Normalized.Length > 3 && !lexicon.GivenNames.Contains(t)
            && (lexicon.PhraseBreakers.ContainsExact(t.Normalized[1..]) || text.ContainsWord(t.Normalized[1..]))) return false; // واذا، وكان
        if (lexicon.Cues.MatchAt(tokens, i) is not null) return false;
        if (IsTitleHead(t) && i > nameFirst && IsFamilyNameLikeTitle(text, i, limit)) return true;
        if (IsTitleHead(t) || lexicon.OrganisationHeads.Contains(t) || lexicon.UnnamedSourceHeads.Contains(t) || lexicon.ReportHeads.Contains(t)) return false;
        if (i > nameFirst && (lexicon.Nationalities.Contains(t) || lexicon.Places.Contains(t))) return false;
        if (t.Normalized.Length > 1 && !HasArticle(t))
        {
            if (HasPrefixPreposition(t) && LooksVerbalNoun(t.Normalized[1..], false)) return false; // بإبقاء، لتعزيز
            if (!HasPrefixPreposition(t) || !IsKnownWordAfterPrefix(t)) return true;
            // a foreign surname that looks like ب + a word (فابريس بالانش) closes the name before punctuation
            return i > nameFirst && (i + 1 >= limit || !tokens[i + 1].IsWord) && !text.ContainsWord(t.Normalized[1..]);
        }
        if (i == nameFirst)
        {
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
    /// which normalizes alike).
    /// </summary>
    private bool IsNameReadingOfBreaker(AnalyzedText text, int i, int limit)
    {
        var tokens = text.Tokens;
        if (i + 1 >= limit || !tokens[i + 1].IsWord || IsBreaker(tokens[i + 1]) || lexicon.Cues.MatchAt(tokens, i + 1) is not null) return false;
        return tokens[i].Normalized == "علي" && text.Original[tokens[i].End - 1] == 'ي' && !FunctionWords.IsComplementiser(tokens[i + 1]);
    }

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

    /// <summary>A noun with a possessive pronoun (زملاءه، اجتماعهم، عزمه): a name does not carry one.</summary>
    private static bool HasPossessiveSuffix(AnalyzedText text, Token t)
    {
        var word = text.Original.AsSpan(t.Start, t.End - t.Start);
        if (word.Length > 4 && (word.EndsWith("هم") || word.EndsWith("هما") || word.EndsWith("ها"))) return true;
        return word.Length >= 4 && t.Normalized[^1] == 'ه' && !t.EndsWithTaMarbuta; // عزمه، قوله، اسمه (ة is written otherwise)
    }

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
