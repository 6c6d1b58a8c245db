namespace QuoteExtract.Text;

/// <summary>
/// Enumerates the readings of a normalized word with the proclitics of news Arabic removed:
/// the conjunctions و/ف, the prepositions ب/ل/ك and the article ال. Whether a reading is right is
/// decided by whoever looks the stem up in a lexicon, so every plausible reading is offered,
/// the fewest removals first.
/// </summary>
public static class Clitics
{
    private const int MinStem = 2;

    /// <summary>The readings of <paramref name="word"/>, the word itself first.</summary>
    public static IReadOnlyList<CliticAnalysis> Analyze(string word)
    {
        var result = new List<CliticAnalysis>(4) { new('\0', '\0', false, word) };
        AddWithoutConjunction(result, '\0', word);
        if (word.Length > MinStem + 1 && word[0] is 'و' or 'ف')
        {
            var rest = word[1..];
            result.Add(new(word[0], '\0', false, rest));
            AddWithoutConjunction(result, word[0], rest);
        }
        return result;
    }

    private static void AddWithoutConjunction(List<CliticAnalysis> result, char conjunction, string word)
    {
        if (word.StartsWith("ال", StringComparison.Ordinal) && word.Length >= MinStem + 2)
        {
            result.Add(new(conjunction, '\0', true, word[2..]));
        }
        if (word.Length >= MinStem + 3 && word[0] is 'ب' or 'ك' or 'ف' && word[1] == 'ا' && word[2] == 'ل')
        {
            result.Add(new(conjunction, word[0], true, word[3..]));
        }
        if (word.StartsWith("لل", StringComparison.Ordinal) && word.Length >= MinStem + 2)
        {
            result.Add(new(conjunction, 'ل', true, word[2..]));
        }
        if (word.Length >= MinStem + 1 && word[0] is 'ب' or 'ل' or 'ك')
        {
            result.Add(new(conjunction, word[0], false, word[1..]));
        }
    }
}
