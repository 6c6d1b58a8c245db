using System.Globalization;
using System.Text.Json;

namespace QuoteExtract.Tests.Console;

/// <summary><c>eval</c> on a gold folder written here, in the corpus format.</summary>
[TestFixture]
public class EvalCommandTests
{
    private DirectoryInfo _gold = null!;

    [SetUp]
    public void WriteGoldFolder()
    {
        _gold = Directory.CreateTempSubdirectory("quoteextract-gold-");
        WriteGold("doc-a", "وقال وزير الصحة المغربي خالد بنعلي «إن المستشفيات الجديدة ستفتح أبوابها قبل نهاية العام».",
            new { kind = "direct", cue = "وقال", speaker = "خالد بنعلي", title = "وزير الصحة المغربي", mention = "وزير الصحة المغربي خالد بنعلي", from = "إن المستشفيات", to = "نهاية العام" });
        WriteGold("doc-b", "وقال المتحدث باسم الحكومة سامي عادل إن الأسعار ستنخفض خلال الأشهر المقبلة. وأضاف أن الدعم سيستمر لجميع الأسر الفقيرة.",
            new { kind = "indirect", cue = "وقال", speaker = "سامي عادل", title = "المتحدث باسم الحكومة", mention = "المتحدث باسم الحكومة سامي عادل", from = "الأسعار", to = "المقبلة" },
            new { kind = "indirect", cue = "وأضاف", speaker = "سامي عادل", title = "المتحدث باسم الحكومة", mention = "", from = "الدعم سيستمر", to = "الفقيرة" },
            new { kind = "direct", cue = "قال", speaker = "مصدر مجهول", title = (string?)null, mention = "", from = "الأسر", to = "الفقيرة" });
    }

    [TearDown]
    public void DeleteGoldFolder() => _gold.Delete(recursive: true);

    [Test]
    public void Prints_the_reference_metrics()
    {
        var run = ConsoleRun.Of("", "eval", _gold.FullName);
        var metrics = Metrics(run.Stdout);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero, run.Stderr);
            Assert.That(metrics.Keys, Is.EqualTo(new[]
            {
                "documents", "gold", "predicted", "matched", "quote_precision", "quote_recall", "quote_f1", "exact_span_rate",
                "speaker_accuracy", "speaker_surname_accuracy", "end_to_end_precision", "end_to_end_recall", "end_to_end_f1",
                "title_accuracy", "kind_accuracy", "cue_accuracy", "offset_errors",
            }));
            Assert.That(metrics["documents"], Is.EqualTo("2"));
            Assert.That(metrics["gold"], Is.EqualTo("4"));
            Assert.That(metrics["matched"], Is.EqualTo("3"), "the fourth gold quotation is no quotation of the text");
            Assert.That(metrics["offset_errors"], Is.EqualTo("0"));
            Assert.That(double.Parse(metrics["quote_f1"], CultureInfo.InvariantCulture), Is.InRange(0.5, 1.0));
        }
    }

    [Test]
    public void Show_errors_lists_the_missed_quotation()
    {
        var run = ConsoleRun.Of("", "eval", _gold.FullName, "--show-errors");
        Assert.That(run.Stdout, Does.Contain("doc-b: missed direct quote of مصدر مجهول"));
    }

    [Test]
    public void A_single_gold_file_is_accepted()
    {
        var run = ConsoleRun.Of("", "eval", Path.Combine(_gold.FullName, "doc-a.json"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Metrics(run.Stdout)["documents"], Is.EqualTo("1"));
            Assert.That(Metrics(run.Stdout)["quote_f1"], Is.EqualTo("1.0"));
        }
    }

    [Test]
    public void A_gold_phrase_missing_from_the_text_exits_with_two()
    {
        WriteGold("doc-c", "وقال الوزير إن الوضع مستقر تماما في جميع المناطق.",
            new { kind = "indirect", cue = "وقال", speaker = "الوزير", title = "الوزير", mention = "الوزير", from = "عبارة غير موجودة", to = "المناطق" });
        var run = ConsoleRun.Of("", "eval", _gold.FullName);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Stderr, Does.StartWith("eval:").And.Contain("\"from\" not found"));
        }
    }

    [Test]
    public void A_missing_gold_folder_exits_with_two()
    {
        var run = ConsoleRun.Of("", "eval", Path.Combine(_gold.FullName, "no-such-folder"));
        Assert.That(run.ExitCode, Is.EqualTo(2));
    }

    private void WriteGold(string id, string text, params object[] quotes) =>
        File.WriteAllText(Path.Combine(_gold.FullName, id + ".json"), JsonSerializer.Serialize(new { id, text, quotes }));

    private static Dictionary<string, string> Metrics(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1].Trim());
}
