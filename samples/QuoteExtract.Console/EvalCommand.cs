using QuoteExtract.Evaluation;
using QuoteExtract.Records;

namespace QuoteExtract.Console;

/// <summary>The <c>eval</c> job: run the extractor on gold documents and print the reference metrics.</summary>
internal static class EvalCommand
{
    public static int Run(string goldPath, bool showErrors, bool ablation, QuoteExtractorOptions options, TextWriter stdout, TextWriter stderr)
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
        if (ablation)
        {
            WriteAblation(gold, options, stdout);
            return ExitCodes.Success;
        }
        var report = Score(gold, options);
        if (showErrors)
        {
            foreach (var e in report.Errors) stdout.WriteLine(e);
        }
        foreach (var line in report.Lines()) stdout.WriteLine(line);
        return ExitCodes.Success;
    }

    private static EvaluationReport Score(IReadOnlyList<GoldDocument> gold, QuoteExtractorOptions options)
    {
        var extractor = new QuoteExtractor(options);
        var predictions = new Dictionary<string, ExtractionResult>(StringComparer.Ordinal);
        foreach (var doc in gold) predictions[doc.Id] = extractor.Extract(doc.Text);
        return Evaluator.Score(gold, predictions);
    }

    /// <summary>The rules alone, with the cue classifier, and with both models, as a Markdown table.</summary>
    private static void WriteAblation(IReadOnlyList<GoldDocument> gold, QuoteExtractorOptions options, TextWriter stdout)
    {
        stdout.WriteLine("| configuration | quote F1 | speaker accuracy | end-to-end F1 | cue accuracy |");
        stdout.WriteLine("|---|---|---|---|---|");
        foreach (var (name, configuration) in new[]
        {
            ("rules only (`--rules-only`)", options with { UseModels = false }),
            ("rules + cue classifier", options with { UseModels = true, UseSpeakerModel = false }),
            ("rules + cue classifier + speaker ranker", options with { UseModels = true, UseSpeakerModel = true }),
        })
        {
            var r = Score(gold, configuration);
            stdout.WriteLine(FormattableString.Invariant($"| {name} | {r.QuoteF1:0.0000} | {r.SpeakerAccuracy:0.0000} | {r.EndToEndF1:0.0000} | {r.CueAccuracy ?? 0:0.0000} |"));
        }
    }
}
