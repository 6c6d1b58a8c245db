using System.Text.Json;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>
/// <see cref="QuoteExtract.Evaluation.Evaluator"/> gives the same numbers as the reference scorer
/// (<c>python3 shared/tools/score.py GOLD --pred PRED.jsonl --json</c>) on the same predictions.
/// </summary>
[TestFixture]
public class ScorerParityTests
{
    [Test]
    public void Every_metric_equals_the_reference_on_the_dev_corpus()
    {
        var dev = TestPaths.DevCorpus;
        if (dev is null) Assert.Ignore("shared/corpus/dev not found: the research corpus is not part of the repository");
        AssertParity(dev!);
    }

    [Test]
    public void Every_metric_equals_the_reference_on_the_training_corpus()
    {
        AssertParity(TestPaths.TrainCorpus);
    }

    [Test]
    [Ignore("bug (cosmetic): for a quotation without a speaker the reference prints speaker \"None\" and spurious quote (None); the Evaluator prints \"\" and ()")]
    public void Error_lines_equal_the_reference_on_the_training_corpus()
    {
        var script = ReferenceScorer.RequireAvailable();
        var (gold, predictions, report) = CorpusRun.Score(TestPaths.TrainCorpus);
        var file = CorpusRun.WritePredictions(gold, predictions);
        try
        {
            // --show-errors --json prints the error lines (snippets may hold line breaks), then the metrics as one JSON line
            var output = ReferenceScorer.Python([script, TestPaths.TrainCorpus, "--pred", file, "--show-errors", "--json"]).TrimEnd('\n');
            var errors = output[..output.LastIndexOf('\n')];
            Assert.That(string.Join('\n', report.Errors), Is.EqualTo(errors));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static void AssertParity(string goldPath)
    {
        var script = ReferenceScorer.RequireAvailable();
        var (gold, predictions, report) = CorpusRun.Score(goldPath);
        var file = CorpusRun.WritePredictions(gold, predictions);
        try
        {
            var output = ReferenceScorer.Python([script, goldPath, "--pred", file, "--json"]);
            using var reference = JsonDocument.Parse(output);
            var ours = CorpusRun.Metrics(report);

            Assert.That(reference.RootElement.EnumerateObject().Select(p => p.Name), Is.EqualTo(ours.Keys), "same metrics in the same order");
            using (Assert.EnterMultipleScope())
            {
                foreach (var property in reference.RootElement.EnumerateObject())
                {
                    double? expected = property.Value.ValueKind == JsonValueKind.Null ? null : property.Value.GetDouble();
                    Assert.That(ours[property.Name], Is.EqualTo(expected), property.Name);
                }
                Assert.That(report.Matched, Is.Positive, "the comparison is not vacuous");
            }
        }
        finally
        {
            File.Delete(file);
        }
    }
}
