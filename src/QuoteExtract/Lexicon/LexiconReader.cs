using System.Reflection;
using QuoteExtract.Text;

namespace QuoteExtract.Lexicon;

/// <summary>Reads the lexicon files embedded in the assembly: UTF-8 lines, <c>#</c> comments.</summary>
internal static class LexiconReader
{
    public static IEnumerable<string> Lines(string fileName)
    {
        var name = "QuoteExtract.Lexicon." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The lexicon resource '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                yield return trimmed;
            }
        }
    }

    /// <summary>Normalizes an entry the way text is normalized and collapses its spaces.</summary>
    public static string Normalize(string entry) =>
        string.Join(' ', ArabicNormalizer.Instance.Normalize(entry).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
