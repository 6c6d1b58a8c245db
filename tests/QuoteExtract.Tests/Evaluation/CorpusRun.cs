using QuoteExtract.Evaluation;
using QuoteExtract.Records;
using QuoteExtract.Serialization;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>Runs the default extractor over a gold set and scores it with <see cref="Evaluator"/>.</summary>
internal static class CorpusRun
{
    public static (IReadOnlyList<GoldDocument> Gold, Dictionary<string, ExtractionResult> Predictions, EvaluationReport Report) Score(string goldPath)
    {
        var gold = GoldReader.Read(goldPath);
        var extractor = new QuoteExtractor();
        var predictions = gold.ToDictionary(d => d.Id, d => extractor.Extract(d.Text), StringComparer.Ordinal);
        return (gold, predictions, Evaluator.Score(gold, predictions));
    }

    /// <summary>Writes the predictions as JSON Lines, as the console's <c>extract --output jsonl</c> does.</summary>
    public static string WritePredictions(IReadOnlyList<GoldDocument> gold, IReadOnlyDictionary<string, ExtractionResult> predictions)
    {
        var file = Path.Combine(Path.GetTempPath(), $"quoteextract-pred-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(file, gold.Select(d => QuoteExtractJson.ToJsonLine(DocumentResult.From(d.Id, predictions[d.Id]))));
        return file;
    }

    /// <summary>The metrics of a report under the reference scorer's names.</summary>
    public static IReadOnlyDictionary<string, double?> Metrics(EvaluationReport r) => new Dictionary<string, double?>
    {
        ["documents"] = r.Documents,
        ["gold"] = r.Gold,
        ["predicted"] = r.Predicted,
        ["matched"] = r.Matched,
        ["quote_precision"] = r.QuotePrecision,
        ["quote_recall"] = r.QuoteRecall,
        ["quote_f1"] = r.QuoteF1,
        ["exact_span_rate"] = r.ExactSpanRate,
        ["speaker_accuracy"] = r.SpeakerAccuracy,
        ["speaker_surname_accuracy"] = r.SpeakerSurnameAccuracy,
        ["end_to_end_precision"] = r.EndToEndPrecision,
        ["end_to_end_recall"] = r.EndToEndRecall,
        ["end_to_end_f1"] = r.EndToEndF1,
        ["title_accuracy"] = r.TitleAccuracy,
        ["kind_accuracy"] = r.KindAccuracy,
        ["cue_accuracy"] = r.CueAccuracy,
        ["offset_errors"] = r.OffsetErrors,
    };
}
