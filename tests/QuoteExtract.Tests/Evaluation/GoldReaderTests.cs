using System.Text.Json;
using QuoteExtract.Evaluation;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>
/// <see cref="GoldReader"/> locates <c>from</c>/<c>to</c> and the cue the way score.py does: <c>from</c> after the
/// previous quotation's start, any run of spaces matching any whitespace, <c>to</c> within 4,000 characters, the cue
/// nearest before the content (within 400 characters), else after it.
/// </summary>
[TestFixture]
public class GoldReaderTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("quoteextract-goldreader-");

    [TearDown]
    public void DeleteFolder() => _folder.Delete(recursive: true);

    [Test]
    public void Locates_content_and_cue()
    {
        const string text = "وقال الوزير إن الحكومة ستدعم المزارعين المتضررين.";
        var q = ReadOne(text, new { kind = "indirect", cue = "وقال", speaker = "الوزير", from = "الحكومة", to = "المتضررين" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text[q.Start..q.End], Is.EqualTo("الحكومة ستدعم المزارعين المتضررين"));
            Assert.That(q.CueSpan, Is.EqualTo((0, 4)));
            Assert.That(q.Kind, Is.EqualTo("indirect"));
            Assert.That(q.Speaker, Is.EqualTo("الوزير"));
            Assert.That(q.Title, Is.Null);
            Assert.That(q.Mention, Is.Null);
        }
    }

    [Test]
    public void From_is_searched_after_the_previous_quotation_start()
    {
        const string text = "الوضع هادئ. وقال الوزير إن الأمن مستتب. وأضاف أن الوضع مستقر في الجنوب.";
        var doc = Read(text,
            new { kind = "indirect", cue = "وقال", speaker = "الوزير", from = "الأمن", to = "مستتب" },
            new { kind = "indirect", cue = "وأضاف", speaker = "الوزير", from = "الوضع", to = "الجنوب" });
        int adafa = text.IndexOf("وأضاف", StringComparison.Ordinal);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(doc.Quotes[1].Start, Is.EqualTo(text.LastIndexOf("الوضع", StringComparison.Ordinal)));
            Assert.That(doc.Quotes[1].CueSpan, Is.EqualTo((adafa, adafa + 5)));
        }
    }

    [Test]
    public void A_from_equal_to_the_previous_one_is_found_at_the_previous_start_as_the_reference_does()
    {
        const string text = "وقال الوزير إن الوضع مستقر في الشمال. وأضاف أن الوضع مستقر في الجنوب أيضا.";
        var doc = Read(text,
            new { kind = "indirect", cue = "وقال", speaker = "الوزير", from = "الوضع مستقر", to = "الشمال" },
            new { kind = "indirect", cue = "وأضاف", speaker = "الوزير", from = "الوضع مستقر", to = "أيضا" });
        Assert.That(doc.Quotes[1].Start, Is.EqualTo(doc.Quotes[0].Start));
    }

    [Test]
    public void Spaces_in_a_phrase_match_any_whitespace()
    {
        const string text = "وقال الوزير:\n«الوضع\nمستقر تماما»";
        var q = ReadOne(text, new { kind = "direct", cue = "وقال", speaker = "الوزير", from = "الوضع مستقر", to = "تماما" });
        Assert.That(text[q.Start..q.End], Is.EqualTo("الوضع\nمستقر تماما"));
    }

    [Test]
    public void The_cue_after_the_content_is_found_when_none_precedes_it()
    {
        const string text = "«لن نتراجع عن قرارنا»، قال رئيس الاتحاد.";
        var q = ReadOne(text, new { kind = "direct", cue = "قال", speaker = "رئيس الاتحاد", from = "لن نتراجع", to = "قرارنا" });
        Assert.That(q.CueSpan, Is.EqualTo((text.IndexOf("قال", StringComparison.Ordinal), text.IndexOf("قال", StringComparison.Ordinal) + 3)));
    }

    [Test]
    public void A_cue_more_than_400_characters_before_the_content_is_not_taken()
    {
        var filler = string.Join(' ', Enumerable.Repeat("كلمة", 100));
        var text = "وقال الوزير " + filler + " إن الحكومة ستدعم المزارعين.";
        var q = ReadOne(text, new { kind = "indirect", cue = "وقال", speaker = "الوزير", from = "الحكومة", to = "المزارعين" });
        Assert.That(q.CueSpan, Is.Null);
    }

    [Test]
    public void A_colon_cue_of_a_headline_is_located()
    {
        const string text = "بنعلي: المستشفيات ستفتح قريبا\nوقال بنعلي إن المستشفيات ستفتح قريبا.";
        var q = ReadOne(text, new { kind = "direct", cue = ":", speaker = "خالد بنعلي", from = "المستشفيات", to = "قريبا" });
        Assert.That(q.CueSpan, Is.EqualTo((5, 6)));
    }

    [Test]
    public void A_missing_from_is_a_FormatException()
    {
        Write("bad", "وقال الوزير إن الوضع مستقر.", new { kind = "indirect", cue = "وقال", speaker = "الوزير", from = "غير موجود", to = "مستقر" });
        Assert.That(() => GoldReader.Read(_folder.FullName), Throws.TypeOf<FormatException>().With.Message.Contains("\"from\" not found"));
    }

    [Test]
    public void A_to_beyond_4000_characters_is_a_FormatException()
    {
        var text = "وقال الوزير إن " + new string('ب', 4100) + " انتهى.";
        Write("far", text, new { kind = "indirect", cue = "وقال", speaker = "الوزير", from = "إن", to = "انتهى" });
        Assert.That(() => GoldReader.Read(_folder.FullName), Throws.TypeOf<FormatException>().With.Message.Contains("\"to\" not found"));
    }

    [Test]
    public void A_folder_is_read_in_name_order_and_the_id_defaults_to_the_file_name()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "b.json"), JsonSerializer.Serialize(new { text = "نص", quotes = Array.Empty<object>() }));
        Write("a", "نص آخر");
        File.WriteAllText(Path.Combine(_folder.FullName, "notes.txt"), "not gold");

        var docs = GoldReader.Read(_folder.FullName);
        Assert.That(docs.Select(d => d.Id), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void Locates_every_training_quotation_like_the_reference_scorer()
    {
        AssertSameSpansAsReference(TestPaths.TrainCorpus);
    }

    [Test]
    public void Locates_every_dev_quotation_like_the_reference_scorer()
    {
        var dev = TestPaths.DevCorpus;
        if (dev is null) Assert.Ignore("shared/corpus/dev not found: the research corpus is not part of the repository");
        AssertSameSpansAsReference(dev!);
    }

    private static void AssertSameSpansAsReference(string folder)
    {
        var reference = ReferenceScorer.Snippet(
            "docs = score.load_gold(sys.argv[1] if len(sys.argv) > 1 else sys.stdin.read().strip())\n"
            + "print(json.dumps([[d['id'], [[q['start'], q['end'], list(q['cue_span']) if q['cue_span'] else None] for q in d['quotes']]] for d in docs]))",
            folder);
        var ours = GoldReader.Read(folder)
            .Select(d => new object[] { d.Id, d.Quotes.Select(q => new object?[] { q.Start, q.End, q.CueSpan is { } c ? new[] { c.Start, c.End } : null }).ToArray() })
            .ToArray();
        Assert.That(JsonSerializer.Serialize(ours), Is.EqualTo(Compact(reference)));
    }

    private static string Compact(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(doc.RootElement);
    }

    private GoldQuote ReadOne(string text, object quote) => Read(text, quote).Quotes.Single();

    private GoldDocument Read(string text, params object[] quotes)
    {
        Write("doc", text, quotes);
        return GoldReader.Read(Path.Combine(_folder.FullName, "doc.json")).Single();
    }

    private void Write(string id, string text, params object[] quotes) =>
        File.WriteAllText(Path.Combine(_folder.FullName, id + ".json"), JsonSerializer.Serialize(new { id, text, quotes }));
}
