using System.Text.Json;
using QuoteExtract.Records;

namespace QuoteExtract.Tests.Records;

/// <summary>
/// Invariants every result must keep, checked on the bundled example and on every training text: spans slice the
/// original text, quotations are ordered by content start, confidences are probabilities, speakers are consistent.
/// </summary>
[TestFixture]
public class RecordInvariantsTests
{
    private static readonly QuoteExtractor Extractor = new();

    public static IEnumerable<TestCaseData> Documents()
    {
        yield return new TestCaseData(TestPaths.SampleArticle).SetName("bundled example");
        foreach (var file in Directory.EnumerateFiles(TestPaths.TrainCorpus, "*.json").Order(StringComparer.Ordinal))
        {
            yield return new TestCaseData(file).SetName("train " + Path.GetFileNameWithoutExtension(file));
        }
    }

    [TestCaseSource(nameof(Documents))]
    public void Every_record_keeps_the_invariants(string file)
    {
        var text = ReadText(file);
        var result = Extractor.Extract(text);

        Assert.That(result.Quotations, Is.Not.Empty, "every document of the set quotes someone");
        var speakerIds = result.Speakers.Select(s => s.Id).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(speakerIds, Is.Unique, "speaker ids");
            foreach (var q in result.Quotations)
            {
                AssertSlices(text, q.Content, "content");
                Assert.That(q.Content.Length, Is.Positive, "content is not empty");
                Assert.That(q.Confidence, Is.InRange(0.0, 1.0), "confidence");
                if (q.Cue is { } cue)
                {
                    Assert.That(cue.Start, Is.InRange(0, cue.End), "cue start");
                    Assert.That(cue.End, Is.LessThanOrEqualTo(text.Length), "cue end");
                    Assert.That(text[cue.Start..cue.End], Is.EqualTo(cue.Text), "cue text");
                    Assert.That(cue.Lemma, Is.Not.Empty, "cue lemma");
                }
                if (q.Speaker is { } speaker)
                {
                    Assert.That(speakerIds, Does.Contain(speaker.Id), "quotation speaker id is listed");
                    var listed = result.Speakers.FirstOrDefault(s => s.Id == speaker.Id);
                    Assert.That(listed?.Name, Is.EqualTo(speaker.Name), "same canonical name");
                    Assert.That(listed?.Title, Is.EqualTo(speaker.Title), "same title");
                    if (speaker.Mention is { } mention)
                    {
                        AssertSlices(text, mention, "mention");
                        Assert.That(listed?.Mentions, Does.Contain(mention), "the mention is one of the speaker's mentions");
                    }
                }
            }
            foreach (var s in result.Speakers)
            {
                Assert.That(s.Name, Is.Not.Empty, $"speaker {s.Id} has a name");
                Assert.That(result.Quotations.Any(q => q.Speaker?.Id == s.Id), Is.True, $"speaker {s.Id} is quoted");
                foreach (var m in s.Mentions) AssertSlices(text, m, $"mention of {s.Id}");
                Assert.That(s.Mentions.Select(m => m.Start), Is.Ordered, $"mentions of {s.Id} in order");
            }
            Assert.That(result.Quotations.Select(q => q.Content.Start), Is.Ordered, "quotations ordered by content start");
        }
    }

    [Test]
    public void Speaker_ids_are_numbered_from_s1()
    {
        var result = Extractor.Extract(File.ReadAllText(TestPaths.SampleArticle));
        Assert.That(result.Speakers.Select(s => s.Id), Is.EqualTo(Enumerable.Range(1, result.Speakers.Count).Select(i => "s" + i)));
    }

    [Test]
    public void TextSpan_Of_cuts_the_original()
    {
        var span = TextSpan.Of("قال الوزير", 4, 10);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(span.Text, Is.EqualTo("الوزير"));
            Assert.That(span.Length, Is.EqualTo(6));
        }
    }

    internal static string ReadText(string file)
    {
        if (!file.EndsWith(".json", StringComparison.Ordinal)) return File.ReadAllText(file);
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        return json.RootElement.GetProperty("text").GetString()!;
    }

    private static void AssertSlices(string text, TextSpan span, string what)
    {
        Assert.That(span.Start, Is.InRange(0, span.End), what + " start");
        Assert.That(span.End, Is.LessThanOrEqualTo(text.Length), what + " end");
        if (span.Start >= 0 && span.End <= text.Length && span.Start <= span.End)
        {
            Assert.That(text[span.Start..span.End], Is.EqualTo(span.Text), what + " text equals original[Start..End]");
        }
    }
}
