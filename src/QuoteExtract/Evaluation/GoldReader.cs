using System.Text.Json;
using System.Text.RegularExpressions;

namespace QuoteExtract.Evaluation;

/// <summary>
/// Reads gold files (<c>{"id","text","quotes":[{"kind","cue","speaker","title","mention","from","to"}]}</c>)
/// and locates each quotation the way the corpus's reference scorer does: <c>from</c> after the previous
/// quotation's start, <c>to</c> within 4,000 characters of it, the cue as the nearest occurrence before the
/// content (within 400 characters), else after it.
/// </summary>
public static class GoldReader
{
    private const int ToWindow = 4000;
    private const int CueWindow = 400;

    /// <summary>Reads one gold file, or every <c>.json</c> file of a folder in name order.</summary>
    /// <exception cref="FormatException">A file is malformed or a phrase cannot be located.</exception>
    public static IReadOnlyList<GoldDocument> Read(string path)
    {
        var files = File.Exists(path) ? [path]
            : Directory.EnumerateFiles(path, "*.json").Order(StringComparer.Ordinal).ToArray();
        return files.Select(ReadFile).ToList();
    }

    private static GoldDocument ReadFile(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var root = json.RootElement;
        var text = root.GetProperty("text").GetString() ?? throw new FormatException($"{file}: no text");
        var id = root.TryGetProperty("id", out var idElement) ? idElement.GetString() ?? Path.GetFileNameWithoutExtension(file) : Path.GetFileNameWithoutExtension(file);
        var quotes = new List<GoldQuote>();
        int cursor = 0, index = 0;
        foreach (var q in root.GetProperty("quotes").EnumerateArray())
        {
            string from = q.GetProperty("from").GetString()!, to = q.GetProperty("to").GetString()!;
            var fromHit = Find(text, from, cursor, text.Length) ?? throw new FormatException($"{file}: quote {index}: \"from\" not found after offset {cursor}: {from}");
            int a = fromHit.Start;
            var toHit = Find(text, to, a, Math.Min(text.Length, a + ToWindow)) ?? throw new FormatException($"{file}: quote {index}: \"to\" not found near its \"from\": {to}");
            int b = toHit.End;
            var cue = Optional(q, "cue");
            (int, int)? cueSpan = null;
            if (!string.IsNullOrEmpty(cue))
            {
                cueSpan = FindLast(text, cue, Math.Max(0, a - CueWindow), a) ?? Find(text, cue, b, Math.Min(text.Length, b + CueWindow));
            }
            quotes.Add(new GoldQuote(q.GetProperty("kind").GetString()!, cue, Optional(q, "speaker") ?? string.Empty, Optional(q, "title"),
                Optional(q, "mention"), from, to, a, b, cueSpan));
            cursor = a;
            index++;
        }
        return new GoldDocument(id, text, quotes);
    }

    private static string? Optional(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static Regex Pattern(string phrase) =>
        new(string.Join(@"\s+", phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static (int Start, int End)? Find(string text, string phrase, int start, int end)
    {
        var m = Pattern(phrase).Match(text[..end], start);
        return m.Success ? (m.Index, m.Index + m.Length) : null;
    }

    private static (int Start, int End)? FindLast(string text, string phrase, int start, int end)
    {
        var matches = Pattern(phrase).Matches(text[start..end]);
        return matches.Count == 0 ? null : (start + matches[^1].Index, start + matches[^1].Index + matches[^1].Length);
    }
}
