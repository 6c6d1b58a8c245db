using Microsoft.ML.Tokenizers;

namespace QuoteExtract.Text;

/// <summary>
/// Splits text into words, numbers and single punctuation characters. Words are runs of letters
/// (and combining marks); numbers keep inner separators (<c>2.5</c>, <c>1,200</c>); every other
/// non-space character is a token of its own, so quotation marks, colons and Arabic commas stand alone.
/// </summary>
public sealed class ArabicPreTokenizer : PreTokenizer
{
    /// <summary>The shared instance; the pre-tokenizer holds no state.</summary>
    public static ArabicPreTokenizer Instance { get; } = new();

    /// <inheritdoc />
    public override IEnumerable<(int Offset, int Length)> PreTokenize(string? text) =>
        text is null ? [] : Split(text);

    /// <inheritdoc />
    public override IEnumerable<(int Offset, int Length)> PreTokenize(ReadOnlySpan<char> text) => Split(text.ToString());

    private static List<(int Offset, int Length)> Split(string text)
    {
        var result = new List<(int, int)>(text.Length / 5);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            int start = i;
            if (IsWordChar(c))
            {
                while (i < text.Length && IsWordChar(text[i])) i++;
            }
            else if (char.IsDigit(c))
            {
                i++;
                while (i < text.Length && (char.IsDigit(text[i]) || (text[i] is '.' or ',' or '٫' or '٬' && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
                {
                    i++;
                }
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
            }
            result.Add((start, i - start));
        }
        return result;
    }

    /// <summary>Letters and combining marks belong to words.</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark || c == '\u0640';
}
