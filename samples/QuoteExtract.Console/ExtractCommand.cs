using QuoteExtract.Serialization;

namespace QuoteExtract.Console;

/// <summary>The <c>extract</c> job: read documents, extract, write table, JSON or JSON Lines in input order.</summary>
internal static class ExtractCommand
{
    public static int Run(IReadOnlyList<string> paths, string? input, string output, QuoteExtractorOptions options, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var extractor = new QuoteExtractor(options);
        int failed = 0;
        foreach (var doc in InputReader.Read(paths, input, stdin))
        {
            if (doc.Error is not null)
            {
                stderr.WriteLine($"{doc.Source}: {doc.Error}");
                failed++;
                continue;
            }
            try
            {
                var result = DocumentResult.From(doc.Id, extractor.Extract(doc.Text!));
                switch (output)
                {
                    case "jsonl":
                        stdout.WriteLine(QuoteExtractJson.ToJsonLine(result));
                        break;
                    case "json":
                        stdout.WriteLine(QuoteExtractJson.ToIndentedJson(result));
                        break;
                    default:
                        TableWriter.Write(stdout, doc.Id, new Records.ExtractionResult(result.Quotations, result.Speakers));
                        break;
                }
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
            {
                stderr.WriteLine($"{doc.Source}: {e.Message}");
                failed++;
            }
        }
        return failed == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
    }
}
