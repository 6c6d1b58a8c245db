namespace QuoteExtract.Text;

/// <summary>
/// A document after the text stage: normalized text with its offset map, tokens and sentences.
/// </summary>
public sealed class AnalyzedText
{
    private readonly int[] _sentenceOf;

    internal AnalyzedText(NormalizedText text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        _sentenceOf = new int[tokens.Count];
        foreach (var s in sentences)
        {
            for (int i = s.First; i < s.End; i++) _sentenceOf[i] = s.Index;
        }
    }

    /// <summary>The original and normalized text.</summary>
    public NormalizedText Text { get; }

    /// <summary>All tokens in order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>All sentences in order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    private Dictionary<string, int>? _wordCounts;

    /// <summary>Whether the normalized word occurs as a token anywhere in the document.</summary>
    public bool ContainsWord(string normalized) => CountOf(normalized) > 0;

    /// <summary>How many word or number tokens of the document have this normalized form.</summary>
    public int CountOf(string normalized)
    {
        if (_wordCounts is null)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var t in Tokens)
            {
                if (t.Kind != TokenKind.Punctuation) counts[t.Normalized] = counts.GetValueOrDefault(t.Normalized) + 1;
            }
            _wordCounts = counts;
        }
        return _wordCounts.GetValueOrDefault(normalized);
    }

    /// <summary>Whether tokens [first, end) hold a word in Arabic letters (not only a link, a code or a number).</summary>
    public bool HasArabicWord(int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (Tokens[i].IsArabicWord) return true;
        }
        return false;
    }

    /// <summary>The original text.</summary>
    public string Original => Text.Original;

    /// <summary>The sentence that holds the token at <paramref name="token"/>.</summary>
    public Sentence SentenceOf(int token) => Sentences[_sentenceOf[token]];

    /// <summary>The sentence of the last token that starts at or before the original character <paramref name="offset"/>.</summary>
    public Sentence SentenceAtOffset(int offset)
    {
        int lo = 0, hi = Tokens.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (Tokens[mid].Start <= offset) lo = mid;
            else hi = mid - 1;
        }
        return SentenceOf(lo);
    }

    /// <summary>The token at <paramref name="index"/>, or null outside the document.</summary>
    public Token? At(int index) => index >= 0 && index < Tokens.Count ? Tokens[index] : null;

    /// <summary>The original text of tokens [first, end).</summary>
    public string Slice(int first, int end) =>
        end <= first ? string.Empty : Original[Tokens[first].Start..Tokens[end - 1].End];
}
