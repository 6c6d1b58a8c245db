using System.Text;
using System.Text.RegularExpressions;

namespace QuoteExtract.Evaluation;

/// <summary>
/// The name comparison of the reference scorer: diacritics and tatweel removed, alef forms unified,
/// ى → ي, ة → ه, punctuation to spaces, ranks and honorifics dropped.
/// </summary>
public static partial class ScoreNormalizer
{
    private static readonly HashSet<string> s_ranks = new(StringComparer.Ordinal)
    {
        "العميد", "الجنرال", "اللواء", "العقيد", "الفريق", "المشير", "الدكتور", "د.", "الشيخ",
        "السيد", "السيده", "الاستاذ", "المهندس", "الاميرال", "الرائد", "النقيب", "العماد", "الامير",
    };

    [GeneratedRegex("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")]
    private static partial Regex Diacritics();

    [GeneratedRegex("[أإآٱ]")]
    private static partial Regex AlefForms();

    /// <summary>Normalizes a name for comparison; empty for null.</summary>
    public static string Normalize(string? s)
    {
        if (string.IsNullOrEmpty(s)) return string.Empty;
        s = Diacritics().Replace(s, string.Empty);
        s = AlefForms().Replace(s, "ا").Replace('ى', 'ي').Replace('ة', 'ه');
        var b = new StringBuilder(s.Length);
        foreach (var rune in s.EnumerateRunes())
        {
            // Python's \w: letters, digits (Unicode) and underscore; \s whitespace; and the dot.
            bool keep = Rune.IsLetterOrDigit(rune) || rune.Value == '_' || Rune.IsWhiteSpace(rune) || rune.Value == '.'
                || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
            b.Append(keep ? rune.ToString() : " ");
        }
        return string.Join(' ', b.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => !s_ranks.Contains(w)));
    }
}
