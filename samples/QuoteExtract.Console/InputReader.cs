using QuoteExtract.Serialization;

namespace QuoteExtract.Console;

/// <summary>
/// Reads documents from files, folders or standard input (<c>-</c>), as plain text (one document
/// per file) or JSON Lines (one <c>{"id","text"}</c> per line). A malformed line becomes an error
/// document naming its line; the lines around it are still read.
/// </summary>
internal static class InputReader
{
    public static IEnumerable<InputDocument> Read(IReadOnlyList<string> paths, string? format, TextReader stdin)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                foreach (var d in ReadStream(stdin, "stdin", "stdin", format ?? "text")) yield return d;
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path)
                    .Where(f => format is not null || f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    foreach (var d in ReadFile(file, format)) yield return d;
                }
            }
            else if (File.Exists(path))
            {
                foreach (var d in ReadFile(path, format)) yield return d;
            }
            else
            {
                yield return new InputDocument(path, path, null, "no such file or folder");
            }
        }
    }

    private static IEnumerable<InputDocument> ReadFile(string file, string? format)
    {
        format ??= file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? "jsonl" : "text";
        using var reader = new StreamReader(file);
        foreach (var d in ReadStream(reader, file, Path.GetFileNameWithoutExtension(file), format)) yield return d;
    }

    private static IEnumerable<InputDocument> ReadStream(TextReader reader, string source, string id, string format)
    {
        if (format == "text")
        {
            yield return new InputDocument(source, id, reader.ReadToEnd(), null);
            yield break;
        }
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            string where = $"{source}:{lineNumber}";
            DocumentInput? input = null;
            string? error = null;
            try
            {
                input = QuoteExtractJson.ParseInputLine(line);
            }
            catch (FormatException e)
            {
                error = e.Message;
            }
            yield return input is null
                ? new InputDocument(where, $"line {lineNumber}", null, error)
                : new InputDocument(where, input.Id ?? $"{id}:{lineNumber}", input.Text, null);
        }
    }
}
