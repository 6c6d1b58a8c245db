using QuoteExtract.Attribution;
using QuoteExtract.Detection;
using QuoteExtract.Lexicon;
using QuoteExtract.Records;
using QuoteExtract.Text;

namespace QuoteExtract.Linking;

/// <summary>
/// Every speaker-like phrase of the document, quotation or not: a title with a name
/// (<c>وزير الخارجية الروسي سيرغي لافروف</c>), an organisation (<c>صحيفة كوميرسانت الروسية</c>),
/// an unnamed source. Linking consults it for the fullest name and title the document gives.
/// </summary>
internal sealed class DocumentMentions
{
    private readonly List<SpeakerPhrase> _phrases = [];
    private readonly ArabicLexicon _lexicon;
    private readonly AnalyzedText _text;

    /// <summary>Titled names, organisations and sources, and names that open with a known given name; not a lone unknown word.</summary>
    public DocumentMentions(DocumentContext doc, SpeakerPhraseParser parser)
    {
        _lexicon = doc.Lexicon;
        _text = doc.Text;
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord) continue;
            var sentence = doc.Text.SentenceOf(i);
            // after a verb cue the phrase ends where the candidate's does, before a preposition the verb governs (وطالب الأعضاء الأمين العام بعقد …)
            var cue = doc.CueAt(i - 1) is { Entry.Type: CueType.Verb } before && before.End == i ? before : null;
            int limit = cue is null ? sentence.End : doc.GovernedPrepositionAfter(cue, sentence.End);
            var phrase = parser.ParseAt(doc.Text, i, limit);
            if (phrase is null) continue;
            if (cue is { Entry.TakesAddressee: true } && doc.OpensContentAt(cue, phrase.End)) phrase = parser.WithoutAddressee(doc.Text, phrase); // دعت منظمة العفو الدولية السلطات السودانية إلى
            // لوكالة الصحافة الفرنسية، لرئيس النادي: the body or title without the preposition before it
            if (phrase.Kind != SpeakerKind.Person || phrase.Title is not null) phrase = parser.WithoutPreposition(doc.Text, phrase);
            phrase = WithTitleAfter(doc, parser, phrase, limit);
            if (!IsInformative(phrase, () => OpensPhrase(doc, i))) continue;
            _phrases.Add(phrase);
            // a person's words are read once; a body or report may hold another body (مصنع شركة «الأطلس للنسيج»، بيان الخارجية)
            if (phrase.Kind == SpeakerKind.Person) i = phrase.End - 1;
        }
    }

    /// <summary>
    /// A name followed by its title in apposition (<c>هانس بيترسن، المبعوث الخاص للأمين العام</c>،
    /// <c>جون فرانسين قائد شرطة المدينة</c>) is one mention with both.
    /// </summary>
    private static SpeakerPhrase WithTitleAfter(DocumentContext doc, SpeakerPhraseParser parser, SpeakerPhrase phrase, int limit)
    {
        if (phrase.Kind != SpeakerKind.Person || !phrase.HasName || phrase.Title is not null) return phrase;
        int k = phrase.End;
        if (k < limit && FunctionWords.IsComma(doc.Tokens[k])) k++;
        if (k >= limit || !parser.IsTitleHead(doc.Tokens[k])) return phrase;
        var title = parser.ParseAt(doc.Text, k, limit);
        if (title is null || title.Kind != SpeakerKind.Person || title.Title is null || title.HasName) return phrase;
        return phrase with { End = title.End, Title = title.Title, Head = title.Head, IsFeminine = title.IsFeminine };
    }

    /// <summary>Whether a phrase can start at the token: after punctuation, the text start, a cue, a nationality or a rank (قال روي كاستانيو، الإسبانية مارتا ليونيس).</summary>
    private static bool OpensPhrase(DocumentContext doc, int i) =>
        i == 0 || !doc.Tokens[i - 1].IsWord || doc.EndsCue(i)
        || doc.Lexicon.Nationalities.Contains(doc.Tokens[i - 1]) || doc.Lexicon.Ranks.Contains(doc.Tokens[i - 1]);

    /// <summary>
    /// A title or a rank, or a name of two words or more that opens with a known given name or, where it opens a
    /// phrase, has a word the document uses again (روي كاستانيو … كاستانيو).
    /// </summary>
    private bool IsInformative(SpeakerPhrase p, Func<bool> opensPhrase) => p.Kind switch
    {
        SpeakerKind.Person => p.Title is not null || p.Rank is not null
            || (p.NameWords.Count >= 2 && (_lexicon.GivenNames.ContainsExact(p.NameWords[0])
                || (p.NameWords[0][0] != 'و' && (Recurs(p.NameWords[0]) || Recurs(p.NameWords[^1])) && opensPhrase()))),
        _ => p.NameWords.Count >= 2,
    };


    /// <summary>Whether a name word stands elsewhere in the document too (كاستانيو after روي كاستانيو).</summary>
    private bool Recurs(string word) => _text.CountOf(word) > 1;

    public IReadOnlyList<SpeakerPhrase> Phrases => _phrases;

    public ArabicLexicon Lexicon => _lexicon;

    /// <summary>The phrase nearest before <paramref name="token"/> that satisfies <paramref name="match"/>, else the nearest after it.</summary>
    public SpeakerPhrase? Nearest(int token, Func<SpeakerPhrase, bool> match)
    {
        SpeakerPhrase? after = null;
        for (int i = _phrases.Count - 1; i >= 0; i--)
        {
            var p = _phrases[i];
            if (!match(p)) continue;
            if (p.First <= token) return p;
            after = p;
        }
        return after;
    }
}
