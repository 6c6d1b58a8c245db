using QuoteExtract.Records;

namespace QuoteExtract.Console;

/// <summary>Prints quotations as a readable table: speaker, title, cue, kind and the first words of the content.</summary>
internal static class TableWriter
{
    private const int ContentWords = 8;

    public static void Write(TextWriter output, string id, ExtractionResult result)
    {
        output.WriteLine($"# {id}: {result.Quotations.Count} quotations, {result.Speakers.Count} speakers");
        output.WriteLine(string.Join(" | ", "speaker".PadRight(24), "title".PadRight(28), "cue".PadRight(10), "kind".PadRight(8), "content"));
        foreach (var q in result.Quotations)
        {
            var words = q.Content.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var start = string.Join(' ', words.Take(ContentWords)) + (words.Length > ContentWords ? " …" : string.Empty);
            output.WriteLine(string.Join(" | ",
                Cell(q.Speaker?.Name ?? "?", 24), Cell(q.Speaker?.Title ?? "", 28), Cell(q.Cue?.Text ?? "", 10),
                Cell(q.Kind.ToString().ToLowerInvariant(), 8), start));
        }
        output.WriteLine();
    }

    private static string Cell(string s, int width) => s.Length > width ? s[..(width - 1)] + "…" : s.PadRight(width);
}
