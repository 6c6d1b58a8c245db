using System.IO.Compression;
using QuoteExtract.Scoring;
using QuoteExtract.Serialization;

namespace QuoteExtract.Tests.Scoring;

/// <summary>The bundled model loads, fits this version's features, scores linear weights and tree ensembles, and round-trips through a model archive.</summary>
[TestFixture]
public class QuoteModelTests
{
    [Test]
    public void The_bundled_model_fits_the_feature_vectors()
    {
        var model = QuoteModel.Bundled;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(model.Quote.FeatureCount, Is.EqualTo(QuoteFeatures.Length));
            Assert.That(model.Speaker.FeatureCount, Is.EqualTo(SpeakerFeatures.Length));
            Assert.That(model.Quote.Probability(new float[QuoteFeatures.Length]), Is.Not.EqualTo(0.5), "the model is trained");
        }
    }

    [Test]
    public void Probability_is_the_calibrated_logistic_of_the_score()
    {
        var model = new LinearModel("test", [1f, -2f], 0.5f, -1.0, 0.0);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(model.Probability([0f, 0f]), Is.EqualTo(1 / (1 + Math.Exp(-0.5))).Within(1e-12));
            Assert.That(model.Probability([1f, 1f]), Is.EqualTo(1 / (1 + Math.Exp(0.5))).Within(1e-12));
            Assert.That(() => model.Probability([1f]), Throws.ArgumentException);
        }
    }

    [Test]
    public void A_tree_ensemble_sums_the_weighted_leaves_its_vector_reaches()
    {
        // one split on feature 1 at 0.5: left leaf 2, right leaf -1; a stump tree holds a single leaf
        var split = new RegressionTree([1], [0.5f], [~0], [~1], [2.0, -1.0], 0.5);
        var stump = new RegressionTree([], [], [], [], [0.25], 1.0);
        var model = new TreeEnsembleModel("test", 2, [split, stump], 0.1, -1.0, 0.0);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(model.Probability([9f, 0.5f]), Is.EqualTo(1 / (1 + Math.Exp(-(0.1 + 0.5 * 2.0 + 0.25)))).Within(1e-12), "at the threshold the vector goes left");
            Assert.That(model.Probability([9f, 0.6f]), Is.EqualTo(1 / (1 + Math.Exp(-(0.1 + 0.5 * -1.0 + 0.25)))).Within(1e-12));
            Assert.That(() => model.Probability([1f]), Throws.ArgumentException);
        }
    }

    [Test]
    public void A_model_archive_round_trips_and_drives_the_extractor_like_the_bundled_model()
    {
        var path = Path.Combine(Path.GetTempPath(), $"quoteextract-model-{Guid.NewGuid():N}.zip");
        try
        {
            using (var archive = ZipFile.Open(path, ZipArchiveMode.Create))
            {
                using var writer = new StreamWriter(archive.CreateEntry(QuoteModel.WeightsEntry).Open());
                writer.Write(QuoteModel.Bundled.ToJson());
            }
            var loaded = QuoteModel.Load(path);
            var text = File.ReadAllText(TestPaths.SampleArticle);
            var fromFile = new QuoteExtractor(new QuoteExtractorOptions { ModelPath = path }).Extract(text);
            var bundled = new QuoteExtractor().Extract(text);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(loaded.ToJson(), Is.EqualTo(QuoteModel.Bundled.ToJson()));
                Assert.That(loaded.Quote.GetType(), Is.EqualTo(QuoteModel.Bundled.Quote.GetType()));
                Assert.That(QuoteExtractJson.ToJsonLine(DocumentResult.From("x", fromFile)), Is.EqualTo(QuoteExtractJson.ToJsonLine(DocumentResult.From("x", bundled))));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void An_archive_without_weights_is_rejected()
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true)) archive.CreateEntry("other.txt");
        stream.Position = 0;
        Assert.That(() => QuoteModel.Load(stream), Throws.TypeOf<InvalidDataException>().With.Message.Contains(QuoteModel.WeightsEntry));
    }

    [TestCase("{\"quote\": {\"trainer\": \"t\", \"weights\": [1], \"bias\": 0, \"slope\": -1, \"offset\": 0}}", TestName = "a model without its kind")]
    [TestCase("{\"quote\": null, \"speaker\": null}", TestName = "no models")]
    [TestCase("not json", TestName = "not JSON")]
    public void Weights_this_version_cannot_read_are_rejected(string json)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry(QuoteModel.WeightsEntry).Open());
            writer.Write(json);
        }
        stream.Position = 0;
        Assert.That(() => QuoteModel.Load(stream), Throws.TypeOf<InvalidDataException>().With.Message.Contains(QuoteModel.WeightsEntry));
    }

    [Test]
    public void Weights_of_another_feature_count_are_rejected()
    {
        var small = new QuoteModel(new LinearModel("t", [1f], 0f, -1, 0), new LinearModel("t", [1f], 0f, -1, 0));
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry(QuoteModel.WeightsEntry).Open());
            writer.Write(small.ToJson());
        }
        stream.Position = 0;
        Assert.That(() => QuoteModel.Load(stream), Throws.TypeOf<InvalidDataException>().With.Message.Contains("Retrain"));
    }

    [Test]
    public void A_missing_model_file_fails_when_the_extractor_is_built()
    {
        var options = new QuoteExtractorOptions { ModelPath = Path.Combine(Path.GetTempPath(), "no-such-model.zip") };
        Assert.That(() => new QuoteExtractor(options), Throws.InstanceOf<FileNotFoundException>());
    }
}
