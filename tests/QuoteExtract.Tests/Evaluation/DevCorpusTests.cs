using System.Globalization;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>
/// The research dev corpus (<c>../shared/corpus/dev</c> beside the repository), scored through the console's
/// <c>eval</c> command. Ignored where the corpus is absent: it is not part of the repository.
/// </summary>
[TestFixture]
public class DevCorpusTests
{
    // Floors 0.02 below what the pipeline measured when they were set (end-to-end F1 0.7552, quote F1 0.9086).
    // Raise them as the pipeline improves.
    private const double EndToEndF1Floor = 0.7352;
    private const double QuoteF1Floor = 0.8886;

    [Test]
    public void Eval_on_the_dev_corpus_clears_the_floors()
    {
        var dev = TestPaths.DevCorpus;
        if (dev is null) Assert.Ignore("shared/corpus/dev not found: the research corpus is not part of the repository");

        var run = QuoteExtract.Tests.Console.ConsoleRun.Of("", "eval", dev!);
        TestContext.Out.WriteLine(run.Stdout);
        var metrics = run.StdoutLines
            .Select(l => l.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(p => p[0], p => p[1].Trim());

        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(double.Parse(metrics["end_to_end_f1"], CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(EndToEndF1Floor), "end-to-end F1");
            Assert.That(double.Parse(metrics["quote_f1"], CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(QuoteF1Floor), "quote F1");
            Assert.That(metrics["offset_errors"], Is.EqualTo("0"), "offset errors");
        }
    }
}
