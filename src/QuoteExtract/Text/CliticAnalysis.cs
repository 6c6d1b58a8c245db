namespace QuoteExtract.Text;

/// <summary>
/// One reading of a word as prefixes + stem: <c>وبالوزارة</c> → <c>و</c> + <c>ب</c> + <c>ال</c> + <c>وزاره</c>.
/// </summary>
/// <param name="Conjunction">The conjunction و or ف, or <c>'\0'</c>.</param>
/// <param name="Preposition">The preposition ب، ل or ك, or <c>'\0'</c>.</param>
/// <param name="HasArticle">Whether the article ال (or the ل of لل) was removed.</param>
/// <param name="Stem">The remaining word, normalized.</param>
public readonly record struct CliticAnalysis(char Conjunction, char Preposition, bool HasArticle, string Stem)
{
    /// <summary>True when nothing was removed.</summary>
    public bool IsBare => Conjunction == '\0' && Preposition == '\0' && !HasArticle;
}
