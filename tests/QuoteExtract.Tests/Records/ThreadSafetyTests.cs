using QuoteExtract.Serialization;

namespace QuoteExtract.Tests.Records;

/// <summary>One extractor shared by many threads gives the same results as one thread.</summary>
[TestFixture]
public class ThreadSafetyTests
{
    [Test]
    public void Parallel_extraction_equals_sequential_extraction()
    {
        var texts = RecordInvariantsTests.Documents().Select(d => RecordInvariantsTests.ReadText((string)d.Arguments[0]!)).ToArray();
        var extractor = new QuoteExtractor();
        var sequential = texts.Select((t, i) => Serialize(i, extractor.Extract(t))).ToArray();

        const int rounds = 4;
        var parallel = new string[texts.Length * rounds];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, k =>
        {
            int i = k % texts.Length;
            parallel[k] = Serialize(i, extractor.Extract(texts[i]));
        });

        for (int k = 0; k < parallel.Length; k++)
        {
            Assert.That(parallel[k], Is.EqualTo(sequential[k % texts.Length]), $"document {k % texts.Length}, round {k / texts.Length}");
        }
    }

    [Test]
    public void Extractors_built_in_parallel_agree()
    {
        var text = File.ReadAllText(TestPaths.SampleArticle);
        var results = new string[8];
        Parallel.For(0, results.Length, i => results[i] = Serialize(0, new QuoteExtractor().Extract(text)));
        Assert.That(results.Distinct().Count(), Is.EqualTo(1));
    }

    private static string Serialize(int id, QuoteExtract.Records.ExtractionResult result) =>
        QuoteExtractJson.ToJsonLine(DocumentResult.From(id.ToString(System.Globalization.CultureInfo.InvariantCulture), result));
}
