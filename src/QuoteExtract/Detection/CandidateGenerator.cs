using QuoteExtract.Attribution;
using QuoteExtract.Lexicon;
using QuoteExtract.Records;
using QuoteExtract.Text;

namespace QuoteExtract.Detection;

/// <summary>
/// Turns every cue of a document into quotation candidates: finds the speaker phrase next to the
/// cue, what introduces the content (complementiser, colon, quotation mark, governed preposition),
/// and where the content ends. Candidates are not filtered here: a scorer decides.
/// </summary>
internal sealed class CandidateGenerator(SpeakerPhraseParser parser)
{
    /// <summary>How far past the cue (and its speaker phrase) the content may begin.</summary>
    private const int MaxGap = 30;

    public List<QuoteCandidate> Generate(DocumentContext doc, CancellationToken cancellationToken)
    {
        var result = new List<QuoteCandidate>();
        foreach (var cue in doc.Cues)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (doc.LongQuoteAround(cue.First) is not null) continue; // a report inside someone's words
            var candidate = cue.Entry.Type == CueType.According ? FromAccordingTo(doc, cue) : FromCue(doc, cue);
            // content without one Arabic word (a link, a code) is not reported speech
            if (candidate is not null && doc.Text.HasArabicWord(candidate.ContentFirst, candidate.ContentEnd)) result.Add(candidate);
        }
        return result;
    }

    private QuoteCandidate? FromCue(DocumentContext doc, CueMatch cue)
    {
        var tokens = doc.Tokens;
        var sentence = doc.Text.SentenceOf(cue.First);
        int limit = WindowLimit(doc, cue.End, sentence);
        SpeakerPhrase? phrase = null;
        bool before = false;
        int scanFrom = cue.End;
        // a plural, dual or first-person verb carries its subject: a noun after it is its object (وطالبوا الوزارة بـ)
        bool subjectInVerb = cue.Entry.Agreement is Agreement.MasculinePlural or Agreement.FemininePlural or Agreement.Dual or Agreement.FirstPerson;
        if (cue.Entry.Type == CueType.Verb && !subjectInVerb)
        {
            phrase = parser.ParseAt(doc.Text, cue.End, doc.GovernedPrepositionAfter(cue, limit));
            if (phrase is not null) scanFrom = phrase.End;
        }
        else if (cue.Entry.Type == CueType.Noun && !cue.Entry.EndsWithPronoun && GenitiveSpeaker(doc, cue.End, limit) is { } genitive)
        {
            phrase = genitive; // تأكيد مون على أن، بيان الخارجية أن
            scanFrom = phrase.End;
        }

        var intro = FindIntroducer(doc, cue, scanFrom, limit);
        // طالب عباس الولايات المتحدة بـ: the speaker, then whom the cue addresses
        if (phrase is not null && cue.Entry.TakesAddressee && intro?.Token == phrase.End)
        {
            phrase = parser.WithoutAddressee(doc.Text, phrase);
            scanFrom = phrase.End;
        }
        if (intro is null)
        {
            // an object after the cue outweighs a clause before it (أما الزياني، الذي …، فأبدى تفهمه …), not a closed quotation
            var contentBefore = ContentBefore(doc, cue, phrase, sentence);
            if (contentBefore is { Kind: QuotationKind.Direct }) return contentBefore;
            // وكانت الداخلية أعلنت انطلاق عملية التصويت: with a subject before the verb, a name after it that no given name opens
            // is the object's first words
            if (phrase is { Kind: SpeakerKind.Person, Title: null, Rank: null } && cue.Entry.Type == CueType.Verb
                && !doc.Lexicon.GivenNames.Contains(tokens[phrase.First]) && SubjectBefore(doc, cue, sentence) is { } subject)
            {
                (phrase, before, scanFrom) = (subject, true, cue.End);
            }
            intro = ObjectAt(doc, cue, phrase, scanFrom, limit);
            if (intro is null) return contentBefore;
        }

        // نقل عن X قوله إن …: the speaker is X.
        if (phrase is null || phrase.Kind == SpeakerKind.Organisation)
        {
            var quoted = QuotedSource(doc, scanFrom, intro.Value.Token);
            if (quoted is not null) phrase = quoted;
        }
        if (phrase is null && cue.Entry.Type == CueType.Verb && (subjectInVerb || intro.Value.Token == cue.End || !doc.Tokens[cue.End].IsWord || IsCircumstance(doc, cue.End)))
        {
            phrase = SubjectBefore(doc, cue, sentence);
            before = phrase is not null;
        }
        if (phrase is null && cue.Entry.Type == CueType.Verb && RelativeAntecedent(doc, cue, sentence) is { } antecedent)
        {
            phrase = antecedent;
            before = true;
        }

        var (kind, first, end) = Content(doc, intro.Value);
        if (intro.Value.Kind == IntroducerKind.Preposition && ObjectBefore(doc, cue, scanFrom, intro.Value.Token) is int objectFirst) first = objectFirst;
        if (end <= first) return null;
        bool addressee = phrase is not null && !before && cue.Entry.TakesAddressee && phrase.First == cue.End && intro.Value.Token == phrase.End
            && intro.Value.Kind is IntroducerKind.Preposition or IntroducerKind.Complementiser;
        return new QuoteCandidate(kind, first, end, cue.First, cue.End, cue.Entry, cue.Conjunction, intro.Value, phrase, before)
        {
            PhraseMayBeAddressee = addressee,
            SubjectBeforeCue = addressee ? SubjectBefore(doc, cue, sentence) : null,
            Negated = IsNegated(tokens, cue.First),
            Sentence = sentence.Index,
            Gap = intro.Value.Token - scanFrom,
        };
    }

    /// <summary>The window after a cue: up to the sentence end, the next report cue or <see cref="MaxGap"/> tokens.</summary>
    private static int WindowLimit(DocumentContext doc, int from, Sentence sentence)
    {
        int limit = Math.Min(sentence.End, from + MaxGap);
        for (int i = from; i < limit; i++)
        {
            if (doc.StartsReportClause(i)) return i;
        }
        return limit;
    }

    /// <summary>
    /// The addressee of a call, demand or warning belongs to its content (<c>دعت المعارضة أمس الأمم المتحدة إلى …</c>،
    /// <c>داعياً المجتمع الدولي للعمل …</c>، <c>حذر مجلس الأمن من …</c>): the first word of a short noun phrase between
    /// the speaker and the governed preposition, time words skipped; null when there is none.
    /// </summary>
    private static int? ObjectBefore(DocumentContext doc, CueMatch cue, int from, int preposition)
    {
        if (cue.Entry.Class is not (CueClass.Call or CueClass.Demand or CueClass.Warn) || cue.Entry.Type is not (CueType.Verb or CueType.Participle)) return null;
        var tokens = doc.Tokens;
        int k = from;
        while (k < preposition && doc.Lexicon.PhraseBreakers.ContainsExact(tokens[k].Normalized) && FunctionWords.Preposition(tokens[k]) is null) k++;
        if (k >= preposition || preposition - k > 6) return null;
        for (int i = k; i < preposition; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || doc.Lexicon.PhraseBreakers.ContainsExact(t.Normalized) || FunctionWords.IsComplementiser(t) || doc.CueAt(i) is not null) return null;
        }
        return k;
    }

    /// <summary>
    /// The speaker in the genitive after a noun cue: a title, a body, a source, or a name the document repeats
    /// (<c>تأكيد مون</c>); not an adjective of the noun (<c>تصريح صحفي</c>).
    /// </summary>
    private SpeakerPhrase? GenitiveSpeaker(DocumentContext doc, int from, int limit)
    {
        var phrase = parser.ParseAt(doc.Text, from, limit);
        if (phrase is null || phrase.Kind == SpeakerKind.Document || phrase.IsPlace) return null; // اتهم … في بيان إيران
        // في تصريح لوكالة الأنباء، في حديث للصحيفة: whom it was said to, not who said it
        if (doc.Tokens[from].Normalized[0] is 'ل' or 'ب' && (phrase.Kind != SpeakerKind.Person || phrase.Title is not null)) return null;
        if (phrase.Kind != SpeakerKind.Person || phrase.Title is not null) return phrase;
        return doc.Text.CountOf(phrase.NameWords[^1]) > 1 ? phrase : null;
    }

    private static Introducer? FindIntroducer(DocumentContext doc, CueMatch cue, int from, int limit)
    {
        var tokens = doc.Tokens;
        for (int i = from; i < limit; i++)
        {
            var t = tokens[i];
            if (FunctionWords.IsComplementiser(t) && !(i > from && t.Normalized[0] == 'و')) return new(IntroducerKind.Complementiser, i);
            if (FunctionWords.IsColon(t)) return new(IntroducerKind.Colon, i);
            if (doc.QuoteOpeningAt(i) is { } q)
            {
                bool followedByMore = q.Close + 1 < limit && !FunctionWords.IsSentenceEnd(tokens[q.Close + 1]);
                if (q.WordCount <= DocumentContext.MaxNameWords && followedByMore)
                {
                    i = q.Close; // a quoted name or term on the way: «الشرق الأوسط»
                    continue;
                }
                return new(IntroducerKind.QuoteMark, i);
            }
            if (FunctionWords.IsSentenceEnd(t) && doc.Text.SentenceOf(i).End == i + 1) return null; // not the dots before a quotation
            var prep = FunctionWords.Preposition(t);
            if (prep is not null && (cue.Entry.TakesPreposition(prep) || NounCueBefore(doc, i)?.Entry.TakesPreposition(prep) == true)
                && i + 1 < limit && tokens[i + 1].Kind != TokenKind.Punctuation)
            {
                // إلى أن، على أن، من أن: the complementiser opens the content
                if (FunctionWords.IsComplementiser(tokens[i + 1])) return new(IntroducerKind.Complementiser, i + 1);
                if (t.Normalized.Length > 3 && !IsBarePreposition(t))
                {
                    return new(IntroducerKind.Preposition, i); // attached ب/ل: طالب بضرورة، أشاد بالجهود
                }
                if (IsBarePreposition(t)) return new(IntroducerKind.Preposition, i);
            }
        }
        return null;
    }

    /// <summary>
    /// A noun phrase right after a cue of stance and its speaker, where no complementiser, colon, quotation mark or
    /// governed preposition opens the content: <c>أبدى آخرون قلقهم</c>، <c>، مؤكداً أهمية …</c>، but also
    /// <c>أعلنت الشركة إطلاق هاتف</c>. The speaker must stand before the object (a parsed phrase, a participle
    /// after a comma, or a possessive object that cannot be a subject: <c>وجدد رفضه</c>), else the noun after the
    /// verb is more likely its subject.
    /// </summary>
    private Introducer? ObjectAt(DocumentContext doc, CueMatch cue, SpeakerPhrase? phrase, int from, int limit)
    {
        if (!TakesObject(cue.Entry) || IsVerbalNoun(doc, cue)) return null;
        var tokens = doc.Tokens;
        // وينصحون بغسل العنب: a lone word with the preposition the cue governs is its complement, not a speaker
        if (phrase is { Title: null, NameWords.Count: 1 } && tokens[phrase.First].Normalized[0] is 'ب' or 'ل'
            && cue.Entry.TakesPreposition(tokens[phrase.First].Normalized[..1])) return null;
        if (phrase is not null && from < limit && !IsNegationNoun(tokens[from]))
        {
            // the comma that closes an apposition, or a circumstance closed by one (وأكد دونيس خلال المؤتمر الصحفي …، جاهزية …)
            if (FunctionWords.IsComma(tokens[from])) from = AfterAside(doc, from + 1, limit);
            else if (IsCircumstance(doc, from) || FunctionWords.Preposition(tokens[from]) is not null) from = AfterAside(doc, from, limit);
        }
        if (limit - from < 2) return null;
        var t = tokens[from];
        if (!t.IsArabicWord || FunctionWords.Preposition(t) is not null || FunctionWords.IsComplementiser(t)
            || (doc.Lexicon.PhraseBreakers.ContainsExact(t.Normalized) && !IsNegationNoun(t))
            || doc.CueAt(from) is { Entry.Type: not CueType.Noun }) return null;
        bool speakerBefore = cue.Entry.Type switch
        {
            CueType.Verb => phrase is not null ? IsCredibleSpeaker(doc, phrase) : t.EndsWithPronoun,
            CueType.Participle => cue.First > 0 && FunctionWords.IsComma(tokens[cue.First - 1]),
            _ => false,
        };
        return speakerBefore ? new(IntroducerKind.Object, from) : null;
    }

    /// <summary>
    /// A phrase that reads as the subject rather than the start of the object: a title, a body, a source, a name of
    /// two words or more, or one word the document repeats or knows as a given name (not تحسن in تؤكد تحسن الوضع).
    /// </summary>
    private static bool IsCredibleSpeaker(DocumentContext doc, SpeakerPhrase phrase) =>
        phrase.Kind != SpeakerKind.Person || phrase.Title is not null || phrase.NameWords.Count != 1
        || doc.Text.CountOf(phrase.NameWords[0]) > 1 || doc.Lexicon.GivenNames.ContainsExact(phrase.NameWords[0]);

    /// <summary>عدم ends a speaker phrase but opens an object (أعلن الأعضاء عدم التزامهم).</summary>
    private static bool IsNegationNoun(Token t) => t.Normalized == "عدم";

    /// <summary>
    /// A verb form right after a preposition is its verbal noun, spelled alike (في رفض مسعى جلب قوات، إثر رفض قبول ابنتها):
    /// what follows is its complement, not an object of speech.
    /// </summary>
    private static bool IsVerbalNoun(DocumentContext doc, CueMatch cue) =>
        cue.Entry.Type == CueType.Verb && cue.Conjunction == '\0' && cue.First > doc.Text.SentenceOf(cue.First).First
        && s_prepositionsBeforeNouns.Contains(doc.Tokens[cue.First - 1].Normalized);

    private static readonly HashSet<string> s_prepositionsBeforeNouns = new(StringComparer.Ordinal)
    {
        "في", "اثر", "بعد", "قبل", "عقب", "حول", "بسبب", "لدي", "عند", "علي", "الي", "مع", "ضد", "خلال", "رغم", "جراء", "ازاء", "تجاه", "حيال", "بشان",
    };

    /// <summary>
    /// Past a short aside that a comma closes — a prepositional phrase or circumstance (<c>، في بيان أصدرته مساء
    /// الاثنين،</c>، <c>خلال المؤتمر الصحفي الذي عقد ظهر الثلاثاء ،</c>), a title or a name (<c>، عضو المجلس الوطني
    /// للفنون،</c>) — to the object; <paramref name="limit"/> when such an aside never closes, else <paramref name="from"/>.
    /// </summary>
    private int AfterAside(DocumentContext doc, int from, int limit)
    {
        if (from >= limit) return from;
        var t = doc.Tokens[from];
        bool aside = FunctionWords.Preposition(t) is not null || IsCircumstance(doc, from) || parser.IsTitleHead(t)
            || parser.ParseAt(doc.Text, from, limit) is { Kind: SpeakerKind.Person, HasName: true };
        if (!aside) return from;
        for (int k = from + 1; k < Math.Min(limit, from + MaxAside); k++)
        {
            if (FunctionWords.IsComma(doc.Tokens[k])) return k + 1;
            if (!doc.Tokens[k].IsWord || FunctionWords.IsComplementiser(doc.Tokens[k])) break;
        }
        return limit;
    }

    private const int MaxAside = 14;

    /// <summary>A cue of stance with a third-person speaker (not نرى، يقدَّر).</summary>
    private static bool TakesObject(CueEntry entry) =>
        (s_objectClasses.Contains(entry.Class) || (entry.Class == CueClass.Believe && !s_opinionOfObject.Contains(entry.Lemma)))
        && entry.Agreement is not (Agreement.FirstPerson or Agreement.None);

    /// <summary>
    /// Cues of stance, whose object is itself what was said (أكد، نفى، أبدى، أدان، ثمّن، دعا، حذر، تعهد، أعلن، and of the
    /// opinion verbs توقع and استبعد).
    /// </summary>
    private static readonly HashSet<CueClass> s_objectClasses =
    [
        CueClass.Assert, CueClass.Deny, CueClass.Express, CueClass.Condemn, CueClass.Praise, CueClass.Call,
        CueClass.Demand, CueClass.Warn, CueClass.Promise, CueClass.Announce,
    ];

    /// <summary>Opinion verbs whose object is what the opinion is about, not what was said (اعتبره مذنباً، رأت تقديم …، قدّر الإنتاج بنحو …).</summary>
    private static readonly HashSet<string> s_opinionOfObject = new(StringComparer.Ordinal) { "اعتبر", "رأى", "قدر" };

    /// <summary>A verbal noun just before the preposition carries the verb's complement: <c>جدد دعوته إلى</c>، <c>جدد التأكيد على</c>.</summary>
    private static CueMatch? NounCueBefore(DocumentContext doc, int i) =>
        doc.CueAt(i - 1) is { Entry.Type: CueType.Noun } noun ? noun : null;

    private static bool IsBarePreposition(Token t) => t.Normalized is "الي" or "علي" or "عن" or "من" or "في";

    private static (QuotationKind Kind, int First, int End) Content(DocumentContext doc, Introducer intro)
    {
        var tokens = doc.Tokens;
        int k = intro.Token;
        switch (intro.Kind)
        {
            case IntroducerKind.QuoteMark:
                {
                    var q = doc.QuoteOpeningAt(k)!;
                    return (QuotationKind.Direct, q.ContentFirst, q.ContentEnd);
                }
            case IntroducerKind.Colon:
                {
                    if (doc.QuoteOpeningAt(k + 1) is { } q && QuoteEndsClause(doc, q))
                    {
                        return (QuotationKind.Direct, q.ContentFirst, q.ContentEnd);
                    }
                    int first = k + 1;
                    bool complementiser = first < tokens.Count && FunctionWords.IsComplementiser(tokens[first]);
                    if (complementiser) first++;
                    int end = ParagraphEnd(doc, first);
                    var kind = !complementiser && FirstPerson.Holds(tokens, first, end) ? QuotationKind.Direct : QuotationKind.Indirect;
                    return (Mixed(doc, kind, first, end), first, end);
                }
            default:
                {
                    int first = intro.Kind == IntroducerKind.Object || (intro.Kind == IntroducerKind.Preposition && tokens[k].Normalized.Length > 2 && !IsBarePreposition(tokens[k])) ? k : k + 1;
                    // أن: "…": a colon between the complementiser and the marks
                    if (intro.Kind == IntroducerKind.Complementiser && doc.Text.At(first) is { } colon && FunctionWords.IsColon(colon)
                        && doc.QuoteOpeningAt(first + 1) is not null) first++;
                    if (doc.QuoteOpeningAt(first) is { } q && QuoteEndsClause(doc, q))
                    {
                        return (QuotationKind.Direct, q.ContentFirst, q.ContentEnd);
                    }
                    int end = ClauseBoundary.End(doc, first);
                    return (Mixed(doc, QuotationKind.Indirect, first, end), first, end);
                }
        }
    }

    /// <summary>Whether nothing but punctuation, a cue clause or the sentence end follows the quotation.</summary>
    private static bool QuoteEndsClause(DocumentContext doc, QuotedSpan q)
    {
        int after = q.Close + 1;
        var t = doc.Text.At(after);
        if (t is null || !q.Balanced) return true;
        if (doc.Text.SentenceOf(Math.Min(after, doc.Tokens.Count - 1)).Index != doc.Text.SentenceOf(q.Open).Index) return true;
        if (FunctionWords.IsSentenceEnd(t) || FunctionWords.IsColon(t)) return true;
        if (FunctionWords.IsComma(t)) return ClauseBoundary.StartsNewReport(doc, after + 1) || doc.Text.At(after + 1) is null
            || FunctionWords.IsSentenceEnd(doc.Text.At(after + 1)!) || doc.Text.SentenceOf(after + 1).Index != doc.Text.SentenceOf(after).Index;
        return ClauseBoundary.StartsNewReport(doc, after);
    }

    /// <summary>Indirect content holding a quotation is mixed.</summary>
    private static QuotationKind Mixed(DocumentContext doc, QuotationKind kind, int first, int end)
    {
        if (kind != QuotationKind.Indirect) return kind;
        foreach (var q in doc.Quotes)
        {
            if (q.Open >= first && q.Close < end + 1 && q.Open < end && !IsQuotedName(doc, q)) return QuotationKind.Mixed;
        }
        return kind;
    }

    /// <summary>
    /// A word or two in marks after a noun that heads a name or term, or after مثل or و of a list of them (حزب "النور"،
    /// موقع "تويتر"، فيتامين "سي"، مثل "فيسبوك" و"تويتر"): they quote no words of the speaker, unlike الفجوة "الافتراضية".
    /// </summary>
    private static bool IsQuotedName(DocumentContext doc, QuotedSpan q)
    {
        if (q.WordCount > 2 || doc.Text.At(q.Open - 1) is not { IsWord: true } before) return false;
        var lexicon = doc.Lexicon;
        return before.Normalized is "مثل" or "و" or "ك" || lexicon.TermHeads.Contains(before) || lexicon.OrganisationHeads.Contains(before)
            || lexicon.ReportHeads.Contains(before);
    }

    private static int ParagraphEnd(DocumentContext doc, int from)
    {
        if (from >= doc.Tokens.Count) return from;
        int paragraph = doc.Text.SentenceOf(from).Paragraph;
        int end = from;
        while (end < doc.Tokens.Count && doc.Text.SentenceOf(end).Paragraph == paragraph) end++;
        return ClauseBoundary.TrimEnd(doc.Tokens, from, end);
    }

    /// <summary>
    /// Content-first order: <c>«…»، قال المتحدث</c> takes the quotation before the cue;
    /// <c>…، كما ذكرت الوكالة</c> takes the clause before it.
    /// </summary>
    private static QuoteCandidate? ContentBefore(DocumentContext doc, CueMatch cue, SpeakerPhrase? phrase, Sentence sentence)
    {
        if (cue.Entry.Type != CueType.Verb) return null;
        var tokens = doc.Tokens;
        int k = cue.First - 1;
        if (k >= 0 && (FunctionWords.IsAsParticle(tokens[k]) || FunctionWords.IsRelativeMa(tokens[k]))) k--;
        if (k >= 0 && tokens[k].Normalized is "حسب" or "بحسب" or "وفق" or "وفقا") k--;
        if (k >= 0 && FunctionWords.IsComma(tokens[k])) k--;
        if (k < 0) return null;
        QuotationKind kind;
        int first, end;
        if (doc.QuoteClosingAt(k) is { } q)
        {
            (kind, first, end) = (QuotationKind.Direct, q.ContentFirst, q.ContentEnd);
        }
        else if (k + 1 < cue.First && k >= sentence.First && k - sentence.First >= 3)
        {
            first = sentence.First;
            end = ClauseBoundary.TrimEnd(tokens, first, k + 1);
            kind = Mixed(doc, QuotationKind.Indirect, first, end);
        }
        else
        {
            return null;
        }
        if (end <= first) return null;
        return new QuoteCandidate(kind, first, end, cue.First, cue.End, cue.Entry, cue.Conjunction,
            new Introducer(IntroducerKind.ContentBefore, k), phrase, false)
        {
            Negated = IsNegated(tokens, cue.First),
            Sentence = sentence.Index,
            Gap = cue.First - k - 1,
        };
    }

    /// <summary>
    /// According-to sources: <c>…، بحسب ما أفاد مصدر أمني</c> (content before) or
    /// <c>وبحسب البيان، فإن …</c> (content after the source).
    /// </summary>
    private QuoteCandidate? FromAccordingTo(DocumentContext doc, CueMatch cue)
    {
        var tokens = doc.Tokens;
        var sentence = doc.Text.SentenceOf(cue.First);
        int i = cue.End;
        if (i < sentence.End && (FunctionWords.IsRelativeMa(tokens[i]) || tokens[i].Normalized is "ل" or "لما")) i++;
        if (i < sentence.End && doc.CueAt(i) is { Entry.Type: CueType.Verb } verb) i = verb.End;
        if (i < sentence.End && tokens[i].Normalized.StartsWith("عن", StringComparison.Ordinal)) i++;
        var phrase = parser.ParseAt(doc.Text, i, sentence.End, detachPreposition: true);
        int after = phrase?.End ?? i;
        // one unknown word that the document does not repeat, or also writes with the article, is a common noun and no
        // source (حسب تعبير، وفقاً لدستور 1971 beside الدستور), unlike an agency (وفقاً لوام)
        if (phrase is { Kind: SpeakerKind.Person, Title: null, Rank: null, NameWords: [var word] } && !doc.Lexicon.GivenNames.ContainsExact(word)
            && !doc.Lexicon.NewsAgencies.ContainsExact(word) && (doc.Text.CountOf(word) < 2 || doc.Text.ContainsWord("ال" + word))) phrase = null;
        bool atClauseStart = cue.First - sentence.First <= 1;
        int first, end;
        IntroducerKind introKind;
        if (atClauseStart)
        {
            int k = after;
            while (k < sentence.End && !FunctionWords.IsComma(tokens[k]) && k - after < 6) k++;
            if (k >= sentence.End || !FunctionWords.IsComma(tokens[k])) return null;
            first = k + 1;
            if (first < sentence.End && FunctionWords.IsComplementiser(tokens[first])) first++;
            end = ClauseBoundary.End(doc, first);
            introKind = IntroducerKind.ContentAfterSource;
        }
        else
        {
            int k = cue.First - 1;
            if (k >= sentence.First && FunctionWords.IsComma(tokens[k])) k--;
            first = sentence.First;
            end = ClauseBoundary.TrimEnd(tokens, first, k + 1);
            introKind = IntroducerKind.ContentBefore;
        }
        if (end - first < 3) return null;
        return new QuoteCandidate(Mixed(doc, QuotationKind.Indirect, first, end), first, end, cue.First, cue.End, cue.Entry, cue.Conjunction,
            new Introducer(introKind, cue.First), phrase, false)
        {
            Sentence = sentence.Index,
            Gap = 0,
        };
    }

    /// <summary><c>نقلت الوكالة عن الوزير قوله إن …</c>: the speaker is the one after عن.</summary>
    private SpeakerPhrase? QuotedSource(DocumentContext doc, int from, int introducer)
    {
        var tokens = doc.Tokens;
        for (int i = from; i < introducer; i++)
        {
            if (tokens[i].Normalized != "عن") continue;
            var phrase = parser.ParseAt(doc.Text, i + 1, introducer);
            if (phrase is null) return null;
            for (int k = phrase.End; k < introducer; k++)
            {
                if (tokens[k].Normalized.StartsWith("قول", StringComparison.Ordinal) || tokens[k].Normalized.StartsWith("تاكيد", StringComparison.Ordinal)) return phrase;
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// Subject-first order: <c>الوزارة أكدت أن …</c>، <c>وكانت صحيفة «كوميرسانت» الروسية قد توقعت</c>،
    /// <c>أما صحيفة الجارديان فأكدت</c>، <c>صحيفة نيويورك تايمز من جانبها قالت</c>. The subject opens its clause
    /// (sentence start, comma, كان، أما، أن، لكن) and only قد، a comma or a switch opener stand between it and the cue.
    /// </summary>
    private SpeakerPhrase? SubjectBefore(DocumentContext doc, CueMatch cue, Sentence sentence)
    {
        var tokens = doc.Tokens;
        for (int s = Math.Max(sentence.First, cue.First - 16); s < cue.First; s++)
        {
            if (!OpensClause(tokens, s, sentence)) continue;
            int start = s;
            int opener = doc.Lexicon.SwitchOpeners.MatchAt(tokens, start);
            if (opener > 0) start += opener;
            if (start < cue.First && FunctionWords.IsComma(tokens[start])) start++;
            var phrase = parser.ParseAt(doc.Text, start, cue.First);
            if (phrase is not null && phrase.First == start && OnlyLinkersBetween(doc, phrase.End, cue.First)) return phrase;
        }
        // an indefinite plural source right before a plural verb: غضب محتجين طالبوا بمحاكمة علنية
        if (cue.Entry.Agreement is Agreement.MasculinePlural or Agreement.FemininePlural)
        {
            for (int s = Math.Max(sentence.First, cue.First - 3); s < cue.First; s++)
            {
                if (parser.ParseAt(doc.Text, s, cue.First) is { Kind: SpeakerKind.UnnamedSource } source && source.End == cue.First) return source;
            }
        }
        return null;
    }

    private static bool OpensClause(IReadOnlyList<Token> tokens, int s, Sentence sentence)
    {
        if (s == sentence.First) return true;
        var previous = tokens[s - 1];
        return FunctionWords.IsComma(previous) || FunctionWords.IsBracket(previous) || FunctionWords.IsComplementiser(previous)
            || previous.Normalized is "كان" or "كانت" or "وكان" or "وكانت" or "اما" or "واما" or "لكن" or "ولكن" or "فيما" or "بينما";
    }

    /// <summary>Whether tokens [from, to) are only قد، commas and switch openers (<c>من جانبها</c>).</summary>
    private static bool OnlyLinkersBetween(DocumentContext doc, int from, int to)
    {
        var tokens = doc.Tokens;
        int k = from;
        while (k < to)
        {
            int opener = doc.Lexicon.SwitchOpeners.MatchAt(tokens, k);
            if (opener > 0) k += opener;
            else if (FunctionWords.IsComma(tokens[k]) || tokens[k].Normalized is "قد" or "فقد") k++;
            else return false;
        }
        return true;
    }

    /// <summary>A circumstantial phrase after the cue instead of a subject (<c>قال في مقابلة</c>، <c>توقعت أن</c>).</summary>
    private static bool IsCircumstance(DocumentContext doc, int i) =>
        doc.Lexicon.PhraseBreakers.ContainsExact(doc.Tokens[i].Normalized) || doc.CueAt(i) is { Entry.Type: CueType.Noun };

    /// <summary><c>رئيس النادي كريستيان بيك، الذي أعلن أن …</c>: the speaker is the phrase the relative pronoun follows.</summary>
    private SpeakerPhrase? RelativeAntecedent(DocumentContext doc, CueMatch cue, Sentence sentence)
    {
        var tokens = doc.Tokens;
        int rel = cue.First - 1;
        if (rel <= sentence.First || tokens[rel].Normalized is not ("الذي" or "التي" or "الذين")) return null;
        int end = FunctionWords.IsComma(tokens[rel - 1]) ? rel - 1 : rel;
        for (int s = Math.Max(sentence.First, end - 12); s < end; s++)
        {
            var phrase = parser.ParseAt(doc.Text, s, end, detachPreposition: true);
            if (phrase is not null && phrase.End == end
                && (phrase.Kind == SpeakerKind.Organisation || phrase.Title is not null || (phrase.HasName && phrase.PrefixLength == 0))) return phrase;
        }
        return null;
    }

    private static bool IsNegated(IReadOnlyList<Token> tokens, int cue)
    {
        int k = cue - 1;
        if (k >= 0 && tokens[k].Normalized is "قد" or "يكن" or "تكن") k--;
        return k >= 0 && FunctionWords.IsNegation(tokens[k]);
    }
}
