using QuoteExtract.Attribution;
using QuoteExtract.Detection;
using QuoteExtract.Records;

namespace QuoteExtract.Linking;

/// <summary>
/// Every speaker-like phrase of the document, quotation or not: a title with a name
/// (<c>وزير الخارجية الروسي سيرغي لافروف</c>), an organisation (<c>صحيفة كوميرسانت الروسية</c>),
/// an unnamed source. Linking consults it for the fullest name and title the document gives.
/// </summary>
internal sealed class DocumentMentions
{
    private readonly List<SpeakerPhrase> _phrases = [];
    private readonly Lexicon.ArabicLexicon _lexicon;

    /// <summary>Titled names, organisations and sources, and names that open with a known given name; not a lone unknown word.</summary>
    public DocumentMentions(DocumentContext doc, SpeakerPhraseParser parser)
    {
        _lexicon = doc.Lexicon;
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord) continue;
            var sentence = doc.Text.SentenceOf(i);
            var phrase = parser.ParseAt(doc.Text, i, sentence.End);
            if (phrase is null) continue;
            phrase = WithTitleAfter(doc, parser, phrase, sentence.End);
            if (!IsInformative(phrase)) continue;
            _phrases.Add(phrase);
            if (phrase.Kind != SpeakerKind.Document) i = phrase.End - 1; // a report's complement may name its author
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
        if (k < limit && Lexicon.FunctionWords.IsComma(doc.Tokens[k])) k++;
        if (k >= limit || !parser.IsTitleHead(doc.Tokens[k])) return phrase;
        var title = parser.ParseAt(doc.Text, k, limit);
        if (title is null || title.Kind != SpeakerKind.Person || title.Title is null || title.HasName) return phrase;
        return phrase with { End = title.End, Title = title.Title, Head = title.Head, IsFeminine = title.IsFeminine };
    }

    private bool IsInformative(SpeakerPhrase p) => p.Kind switch
    {
        SpeakerKind.Person => p.Title is not null || p.Rank is not null || (p.NameWords.Count >= 2 && _lexicon.GivenNames.ContainsExact(p.NameWords[0])),
        _ => p.NameWords.Count >= 2,
    };


    public IReadOnlyList<SpeakerPhrase> Phrases => _phrases;

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
