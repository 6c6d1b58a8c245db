namespace QuoteExtract.Text;

/// <summary>
/// The text stage: normalizes (<see cref="ArabicNormalizer"/>), pre-tokenizes
/// (<see cref="ArabicPreTokenizer"/>) and segments into sentences (<see cref="SentenceSegmenter"/>),
/// keeping every token's offsets in the original text.
/// </summary>
public sealed class ArabicTokenizer
{
    /// <summary>The shared instance; the tokenizer holds no state.</summary>
    public static ArabicTokenizer Instance { get; } = new();

    /// <summary>Analyzes <paramref name="text"/>.</summary>
    public AnalyzedText Analyze(string text)
    {
        var normalized = ArabicNormalizer.Instance.NormalizeWithMap(text);
        var n = normalized.Normalized;
        var tokens = new List<Token>(n.Length / 5);
        var lineBreakBefore = new List<int>(n.Length / 5);
        int lastEnd = 0;
        foreach (var (offset, length) in ArabicPreTokenizer.Instance.PreTokenize(n))
        {
            var (start, end) = normalized.ToOriginal(offset, offset + length);
            char c = n[offset];
            var kind = ArabicPreTokenizer.IsWordChar(c) ? TokenKind.Word : char.IsDigit(c) ? TokenKind.Number : TokenKind.Punctuation;
            char last = kind == TokenKind.Word ? LastLetter(text, start, end) : '\0';
            tokens.Add(new Token(tokens.Count, kind, n.Substring(offset, length), start, end, offset)
            {
                EndsWithTaMarbuta = last == 'ة',
                EndsWithYa = last == 'ي',
                StartsWithHamzaAlef = kind == TokenKind.Word && text[start] is 'أ' or 'إ' or 'آ',
            });
            lineBreakBefore.Add(CountLineBreaks(n, lastEnd, offset));
            lastEnd = offset + length;
        }
        return new AnalyzedText(normalized, tokens, SentenceSegmenter.Segment(tokens, lineBreakBefore));
    }

    /// <summary>The last letter of the original word, diacritics skipped.</summary>
    private static char LastLetter(string text, int start, int end)
    {
        for (int k = end - 1; k >= start; k--)
        {
            if (ArabicNormalizer.Map(text[k]) != '\0') return text[k];
        }
        return '\0';
    }

    private static int CountLineBreaks(string text, int from, int to)
    {
        int count = 0;
        for (int i = from; i < to; i++)
        {
            if (text[i] == '\n' || text[i] == '\u2029') count++;
        }
        return count;
    }
}
