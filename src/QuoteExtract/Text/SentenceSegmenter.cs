namespace QuoteExtract.Text;

/// <summary>
/// Splits tokens into sentences at final punctuation (. ! ? ؟) and at line breaks, and marks
/// headlines: short lines that do not end in final punctuation.
/// </summary>
internal static class SentenceSegmenter
{
    /// <summary>A line of at most this many tokens without final punctuation is a headline.</summary>
    private const int MaxHeadlineTokens = 40;

    public static IReadOnlyList<Sentence> Segment(IReadOnlyList<Token> tokens, IReadOnlyList<int> lineBreakBefore)
    {
        var sentences = new List<Sentence>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart < tokens.Count)
        {
            int lineEnd = lineStart + 1;
            while (lineEnd < tokens.Count && lineBreakBefore[lineEnd] == 0) lineEnd++;
            bool headline = lineEnd - lineStart <= MaxHeadlineTokens && !EndsSentence(tokens[lineEnd - 1]) && !EndsWithClosingQuote(tokens, lineStart, lineEnd);
            int first = lineStart;
            for (int i = lineStart; i < lineEnd; i++)
            {
                bool last = i == lineEnd - 1;
                if (last || (EndsSentence(tokens[i]) && !IsFollowedByCloser(tokens, i, lineEnd) && !IsDotsBeforeQuote(tokens, i, lineEnd)))
                {
                    sentences.Add(new Sentence(sentences.Count, paragraph, first, i + 1, headline));
                    first = i + 1;
                }
            }
            paragraph++;
            lineStart = lineEnd;
        }
        return sentences;
    }

    private static bool EndsSentence(Token t) => t.Kind == TokenKind.Punctuation && t.Normalized[0] is '.' or '!' or '?' or '؟' or '…';

    private static bool IsFollowedByCloser(IReadOnlyList<Token> tokens, int i, int end) =>
        i + 1 < end && tokens[i + 1].Kind == TokenKind.Punctuation && QuoteMarks.IsClosing(tokens[i + 1].Normalized[0]);

    /// <summary>Two dots or an ellipsis that introduce a quotation (<c>وقال في كلمته.. “نعتقد …”</c>), as some outlets write a colon.</summary>
    private static bool IsDotsBeforeQuote(IReadOnlyList<Token> tokens, int i, int end)
    {
        bool dots = tokens[i].Is('…') || (tokens[i].Is('.') && ((i > 0 && tokens[i - 1].Is('.')) || (i + 1 < end && tokens[i + 1].Is('.'))));
        if (!dots) return false;
        int k = i + 1;
        while (k < end && (tokens[k].Is('.') || tokens[k].Is('…'))) k++;
        return k < end && tokens[k].Kind == TokenKind.Punctuation && QuoteMarks.IsOpening(tokens[k].Normalized[0]) && tokens[k].Normalized[0] != '"';
    }

    private static bool EndsWithClosingQuote(IReadOnlyList<Token> tokens, int start, int end) =>
        end - start >= 2 && QuoteMarks.IsClosing(tokens[end - 1].Normalized[0]) && EndsSentence(tokens[end - 2]);
}
