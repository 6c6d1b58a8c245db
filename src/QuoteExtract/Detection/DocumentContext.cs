using QuoteExtract.Lexicon;
using QuoteExtract.Text;

namespace QuoteExtract.Detection;

/// <summary>
/// What detection needs to know about a document at every step: its tokens, its paired quotation
/// marks and its cue matches, with fast lookups between them.
/// </summary>
internal sealed class DocumentContext
{
    private readonly QuotedSpan?[] _openingAt;
    private readonly QuotedSpan?[] _closingAt;
    private readonly QuotedSpan?[] _insideLong;
    private readonly CueMatch?[] _cueAt;
    private readonly HashSet<int> _cueEnds = [];

    public DocumentContext(AnalyzedText text, ArabicLexicon lexicon)
    {
        Text = text;
        Lexicon = lexicon;
        int n = text.Tokens.Count;
        Quotes = QuoteMarkScanner.Scan(text);
        _openingAt = new QuotedSpan?[n + 1];
        _closingAt = new QuotedSpan?[n + 1];
        _insideLong = new QuotedSpan?[n + 1];
        foreach (var q in Quotes)
        {
            _openingAt[q.Open] = q;
            _closingAt[q.Close] = q;
            if (q.WordCount > MaxNameWords)
            {
                for (int k = q.ContentFirst; k < q.ContentEnd; k++) _insideLong[k] = q;
            }
        }
        _cueAt = new CueMatch?[n];
        var cues = new List<CueMatch>();
        for (int i = 0; i < n; i++)
        {
            var m = lexicon.Cues.MatchAt(text.Tokens, i);
            if (m is null || IsPrepositionReading(text, lexicon, m)) continue;
            _cueAt[i] = m;
            _cueEnds.Add(m.End);
            cues.Add(m);
            i = m.End - 1;
        }
        Cues = cues;
    }

    /// <summary>
    /// A bare cue that is also a preposition (عبر via, عقب after, بين between) inside a clause is the preposition;
    /// the verb (عبّر، عقّب، بيّن) opens its clause: at the sentence start, with و/ف, or after كما، قد، ثم.
    /// </summary>
    private static bool IsPrepositionReading(AnalyzedText text, ArabicLexicon lexicon, CueMatch m)
    {
        var t = text.Tokens[m.First];
        if (m.Conjunction != '\0' || m.End - m.First > 1 || !lexicon.PhraseBreakers.ContainsExact(t.Normalized)) return false;
        if (m.First == text.SentenceOf(m.First).First) return false;
        return text.Tokens[m.First - 1].Normalized is not ("كما" or "وكما" or "قد" or "وقد" or "فقد" or "لقد" or "ثم");
    }

    /// <summary>Quoted spans of at most this many words may be names or terms rather than speech.</summary>
    public const int MaxNameWords = 4;

    public AnalyzedText Text { get; }

    public ArabicLexicon Lexicon { get; }

    public IReadOnlyList<Token> Tokens => Text.Tokens;

    public IReadOnlyList<QuotedSpan> Quotes { get; }

    public IReadOnlyList<CueMatch> Cues { get; }

    public QuotedSpan? QuoteOpeningAt(int token) => token >= 0 && token < _openingAt.Length ? _openingAt[token] : null;

    public QuotedSpan? QuoteClosingAt(int token) => token >= 0 && token < _closingAt.Length ? _closingAt[token] : null;

    /// <summary>The quotation of more than a few words whose marks enclose the token, or null.</summary>
    public QuotedSpan? LongQuoteAround(int token) => token >= 0 && token < _insideLong.Length ? _insideLong[token] : null;

    public CueMatch? CueAt(int token) => token >= 0 && token < _cueAt.Length ? _cueAt[token] : null;

    /// <summary>Whether a cue ends just before <paramref name="token"/>.</summary>
    public bool EndsCue(int token) => _cueEnds.Contains(token);

    /// <summary>
    /// The first word with an attached preposition the cue governs (<c>ورحب خبراء الصندوق باستهداف</c>،
    /// <c>ونوه بدعم الحكومة</c>): the speaker phrase ends there. The word must look like a noun, since names
    /// too start with ب (بوتفليقة، باغنون).
    /// </summary>
    public int GovernedPrepositionAfter(CueMatch cue, int limit)
    {
        var tokens = Tokens;
        for (int i = cue.End; i < limit; i++)
        {
            var t = tokens[i];
            if (t.IsWord && t.Normalized.Length > 3 && t.Normalized[0] is 'ب' or 'ل' && !t.Normalized.StartsWith("لل", StringComparison.Ordinal)
                && cue.Entry.TakesPreposition(t.Normalized[..1]) && !Lexicon.GivenNames.Contains(t)
                && (IsGovernedNoun(i) || (i > cue.End + 1 && HeadsConstruct(i)))) return i;
        }
        return limit;
    }

    /// <summary>A word followed by its genitive (<c>بعقد دورة</c>), unlike a surname that ends the name (<c>باغنون أن</c>).</summary>
    private bool HeadsConstruct(int i) =>
        Text.At(i + 1) is { IsWord: true } next && !FunctionWords.IsComplementiser(next) && !Lexicon.PhraseBreakers.ContainsExact(next.Normalized)
        && CueAt(i + 1) is null;

    /// <summary>ب/ل + the article, a word the document uses alone, or a verbal noun with its complement (<c>باستهداف برنامج</c>).</summary>
    private bool IsGovernedNoun(int i)
    {
        var stem = Tokens[i].Normalized[1..];
        if (stem.StartsWith("ال", StringComparison.Ordinal) || Text.ContainsWord(stem)) return true;
        var next = Text.At(i + 1);
        return stem[0] is 'ا' or 'ت' && next is { IsWord: true } && !FunctionWords.IsComplementiser(next) && !Lexicon.PhraseBreakers.ContainsExact(next.Normalized);
    }

    /// <summary>
    /// Whether the cue's content may open at <paramref name="token"/>: a complementiser, a colon, an opening quotation mark
    /// or a preposition the cue governs.
    /// </summary>
    public bool OpensContentAt(CueMatch cue, int token) => Text.At(token) is { } t
        && (FunctionWords.IsComplementiser(t) || FunctionWords.IsColon(t) || QuoteOpeningAt(token) is not null
            || (FunctionWords.Preposition(t) is { } preposition && cue.Entry.TakesPreposition(preposition)));

    /// <summary>A cue that starts a new clause of reported speech (verbs, participles, according-to).</summary>
    public bool StartsReportClause(int token)
    {
        var m = CueAt(token);
        return m is not null && m.Entry.Class != CueClass.Perception && m.Entry.Type != CueType.Noun;
    }
}
