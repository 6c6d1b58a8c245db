using QuoteExtract.Text;

namespace QuoteExtract.Detection;

/// <summary>
/// Pairs the quotation marks of a document. Marks pair by type (“…”, «…», „…“, "…") and also when
/// mis-paired (”…” or “…“ as written by hand). A quotation left open at the end of its paragraph
/// continues into the next paragraph when that paragraph opens with a mark (the convention for
/// multi-paragraph quotes); otherwise it is closed at the end of its paragraph.
/// </summary>
internal static class QuoteMarkScanner
{
    public static IReadOnlyList<QuotedSpan> Scan(AnalyzedText text)
    {
        var tokens = text.Tokens;
        var spans = new List<QuotedSpan>();
        int open = -1;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            bool newParagraph = i > 0 && text.SentenceOf(i).Paragraph != text.SentenceOf(i - 1).Paragraph;
            if (open >= 0 && newParagraph)
            {
                if (IsMark(t) && QuoteMarks.IsOpening(t.Normalized[0]) && t.Normalized[0] != '"')
                {
                    continue; // the quote goes on in this paragraph
                }
                AddUnbalanced(spans, open, ParagraphEnd(tokens, i));
                open = -1;
            }
            if (!IsMark(t)) continue;
            char c = t.Normalized[0];
            if (open < 0)
            {
                open = i;
            }
            else if (Closes(tokens[open].Normalized[0], c) || i == open + 1)
            {
                if (i > open + 1) spans.Add(new QuotedSpan(open, i, Balanced: true));
                open = i == open + 1 ? i : -1;
            }
            else
            {
                // A second opener of the same type: the first was never closed; close it before this one.
                spans.Add(new QuotedSpan(open, i, Balanced: false));
                open = i;
            }
        }
        if (open >= 0)
        {
            AddUnbalanced(spans, open, ParagraphEnd(tokens, tokens.Count));
        }
        return spans;
    }

    /// <summary>A mark left open closes at its paragraph's end; a mark with no words after it opens nothing.</summary>
    private static void AddUnbalanced(List<QuotedSpan> spans, int open, int close)
    {
        if (close > open + 1) spans.Add(new QuotedSpan(open, close, Balanced: false));
    }

    private static bool IsMark(Token t) => t.Kind == TokenKind.Punctuation && QuoteMarks.IsQuoteMark(t.Normalized[0]);

    private static bool Closes(char opener, char c) => opener switch
    {
        '«' => c is '»' or '”' or '"',
        '»' => c is '«' or '»',
        '“' => c is '”' or '“' or '"' or '»',
        '”' => c is '”' or '“' or '"',
        '„' => c is '“' or '”' or '"',
        '"' => c is '"' or '”' or '“' or '»',
        _ => c == opener,
    };

    /// <summary>The index after the last non-punctuation token before <paramref name="end"/>.</summary>
    private static int ParagraphEnd(IReadOnlyList<Token> tokens, int end)
    {
        int k = end;
        while (k > 0 && tokens[k - 1].Kind == TokenKind.Punctuation) k--;
        return k;
    }
}
