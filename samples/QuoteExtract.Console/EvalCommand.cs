using QuoteExtract.Evaluation;
using QuoteExtract.Records;

namespace QuoteExtract.Console;

/// <summary>The <c>eval</c> job: run the extractor on gold documents and print the reference metrics.</summary>
internal static class EvalCommand
{
    public static int Run(string goldPath, bool showErrors, QuoteExtractorOptions options, TextWriter stdout, TextWriter stderr)
    {
        IReadOnlyList<GoldDocument> gold;
        try
        {
            gold = GoldReader.Read(goldPath);
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException or System.Text.Json.JsonException or KeyNotFoundException)
        {
            stderr.WriteLine($"eval: {e.Message}");
            return ExitCodes.Usage;
        }
        var extractor = new QuoteExtractor(options);
        var predictions = new Dictionary<string, ExtractionResult>(StringComparer.Ordinal);
        foreach (var doc in gold) predictions[doc.Id] = extractor.Extract(doc.Text);
        var report = Evaluator.Score(gold, predictions);
        if (showErrors)
        {
            foreach (var e in report.Errors) stdout.WriteLine(e);
        }
        foreach (var line in report.Lines()) stdout.WriteLine(line);
        return ExitCodes.Success;
    }
}
