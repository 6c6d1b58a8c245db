using QuoteExtract.Text;

namespace QuoteExtract.Detection;

/// <summary>Whether words after a colon speak in the first person (<c>نحن</c>، <c>إننا</c>، <c>بلادنا</c>).</summary>
internal static class FirstPerson
{
    private static readonly HashSet<string> s_pronouns = new(StringComparer.Ordinal)
    {
        "انا", "نحن", "اننا", "انني", "لدينا", "لدي", "علينا", "لنا", "لي", "عندنا", "منا", "معنا", "نحنا", "وانا", "ونحن",
    };

    public static bool Holds(IReadOnlyList<Token> tokens, int first, int end)
    {
        for (int i = first; i < Math.Min(end, first + 12); i++)
        {
            var w = tokens[i].Normalized;
            if (!tokens[i].IsWord) continue;
            if (s_pronouns.Contains(w)) return true;
            if (w.Length > 4 && (w.EndsWith("نا", StringComparison.Ordinal) || w.EndsWith("ني", StringComparison.Ordinal)) && !w.EndsWith("ينا", StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
