using System.Text.Json;
using QuoteExtract.Records;
using QuoteExtract.Serialization;

namespace QuoteExtract.Tests.Serialization;

/// <summary>The JSON Lines contract: camelCase keys, lower-case kinds, readable Arabic, one line per document.</summary>
[TestFixture]
public class QuoteExtractJsonTests
{
    private const string Text = "وقال وزير الخارجية الروسي سيرغي لافروف «إن روسيا مستعدة للتعاون مع جميع الدول».\n"
        + "وأكد الوزير أن العقوبات الغربية لن تغير موقف بلاده من الأزمة.";

    private static string Line() => QuoteExtractJson.ToJsonLine(DocumentResult.From("doc-1", new QuoteExtractor().Extract(Text)));

    [Test]
    public void Writes_one_line_with_arabic_unescaped()
    {
        var line = Line();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(line, Does.Not.Contain("\n").And.Not.Contain("\r"));
            Assert.That(line, Does.Contain("سيرغي لافروف"));
            Assert.That(line, Does.Not.Contain("\\u06"));
        }
    }

    [Test]
    public void Uses_camel_case_keys_throughout()
    {
        var mention = new TextSpan(5, 11, "الوزير");
        var quotation = new Quotation(QuotationKind.Indirect, new TextSpan(15, 20, "الوضع"), new Cue(0, 4, "وقال", "قال", QuoteExtract.Lexicon.CueClass.Say),
            new QuotationSpeaker("s1", "خالد بنعلي", "وزير الصحة", mention), 0.75);
        var listedSpeaker = new Speaker("s1", "خالد بنعلي", "وزير الصحة", "الدكتور", SpeakerKind.Person, [mention]);
        using var json = JsonDocument.Parse(QuoteExtractJson.ToJsonLine(new DocumentResult("doc-1", [quotation], [listedSpeaker])));
        var root = json.RootElement;
        var q = root.GetProperty("quotations")[0];
        var speaker = q.GetProperty("speaker");
        var listed = root.GetProperty("speakers")[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Names(root), Is.EqualTo(new[] { "id", "quotations", "speakers" }));
            Assert.That(Names(q), Is.EquivalentTo(new[] { "kind", "content", "cue", "speaker", "confidence" }));
            Assert.That(Names(q.GetProperty("content")), Is.EquivalentTo(new[] { "start", "end", "text" }), "Length is not written");
            Assert.That(Names(q.GetProperty("cue")), Is.EquivalentTo(new[] { "start", "end", "text", "lemma", "class" }));
            Assert.That(Names(speaker), Is.EquivalentTo(new[] { "id", "name", "title", "mention" }));
            Assert.That(Names(listed), Is.EquivalentTo(new[] { "id", "name", "title", "rank", "kind", "mentions" }));
            Assert.That(root.GetProperty("id").GetString(), Is.EqualTo("doc-1"));
            Assert.That(q.GetProperty("kind").GetString(), Is.EqualTo("indirect"));
            Assert.That(q.GetProperty("cue").GetProperty("class").GetString(), Is.EqualTo("say"));
            Assert.That(q.GetProperty("confidence").GetDouble(), Is.EqualTo(0.75));
            Assert.That(listed.GetProperty("rank").GetString(), Is.EqualTo("الدكتور"));
            Assert.That(listed.GetProperty("mentions")[0].GetProperty("text").GetString(), Is.EqualTo("الوزير"));
        }
    }

    [Test]
    public void Writes_the_values_of_the_records()
    {
        var result = new QuoteExtractor().Extract(Text);
        using var json = JsonDocument.Parse(QuoteExtractJson.ToJsonLine(DocumentResult.From("doc-1", result)));
        var q = json.RootElement.GetProperty("quotations")[0];
        var expected = result.Quotations[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(q.GetProperty("kind").GetString(), Is.EqualTo("direct"));
            Assert.That(q.GetProperty("content").GetProperty("start").GetInt32(), Is.EqualTo(expected.Content.Start));
            Assert.That(q.GetProperty("content").GetProperty("end").GetInt32(), Is.EqualTo(expected.Content.End));
            Assert.That(q.GetProperty("content").GetProperty("text").GetString(), Is.EqualTo("إن روسيا مستعدة للتعاون مع جميع الدول"));
            Assert.That(q.GetProperty("cue").GetProperty("text").GetString(), Is.EqualTo("وقال"));
            Assert.That(q.GetProperty("cue").GetProperty("lemma").GetString(), Is.EqualTo("قال"));
            Assert.That(q.GetProperty("cue").GetProperty("class").GetString(), Is.EqualTo("say"));
            Assert.That(q.GetProperty("speaker").GetProperty("name").GetString(), Is.EqualTo("سيرغي لافروف"));
            Assert.That(q.GetProperty("speaker").GetProperty("title").GetString(), Is.EqualTo("وزير الخارجية الروسي"));
            Assert.That(q.GetProperty("speaker").GetProperty("mention").GetProperty("text").GetString(), Is.EqualTo("وزير الخارجية الروسي سيرغي لافروف"));
            Assert.That(q.GetProperty("confidence").GetDouble(), Is.EqualTo(expected.Confidence));
            Assert.That(json.RootElement.GetProperty("speakers")[0].GetProperty("kind").GetString(), Is.EqualTo("person"));
        }
    }

    [TestCase(QuotationKind.Direct, "\"direct\"")]
    [TestCase(QuotationKind.Indirect, "\"indirect\"")]
    [TestCase(QuotationKind.Mixed, "\"mixed\"")]
    public void Writes_kinds_in_lower_case(QuotationKind kind, string expected)
    {
        var quotation = new Quotation(kind, new TextSpan(0, 3, "قال"), null, null, 0.5);
        var line = QuoteExtractJson.ToJsonLine(new DocumentResult("d", [quotation], []));
        Assert.That(line, Does.Contain("\"kind\":" + expected));
    }

    [TestCase(SpeakerKind.Person, "person")]
    [TestCase(SpeakerKind.Organisation, "organisation")]
    [TestCase(SpeakerKind.UnnamedSource, "unnamedSource")]
    [TestCase(SpeakerKind.Document, "document")]
    public void Writes_speaker_kinds_in_camel_case(SpeakerKind kind, string expected)
    {
        var speaker = new Speaker("s1", "الوزارة", null, null, kind, []);
        using var json = JsonDocument.Parse(QuoteExtractJson.ToJsonLine(new DocumentResult("d", [], [speaker])));
        Assert.That(json.RootElement.GetProperty("speakers")[0].GetProperty("kind").GetString(), Is.EqualTo(expected));
    }

    [Test]
    public void Writes_nulls_for_a_missing_cue_speaker_title_and_mention()
    {
        var quotation = new Quotation(QuotationKind.Indirect, new TextSpan(0, 3, "قال"), null, new QuotationSpeaker("s1", "الوزير", null, null), 0.5);
        using var json = JsonDocument.Parse(QuoteExtractJson.ToJsonLine(new DocumentResult("d", [quotation], [])));
        var q = json.RootElement.GetProperty("quotations")[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(q.GetProperty("cue").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(q.GetProperty("speaker").GetProperty("title").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(q.GetProperty("speaker").GetProperty("mention").ValueKind, Is.EqualTo(JsonValueKind.Null));
        }
    }

    [Test]
    public void Indented_json_holds_the_same_document()
    {
        var result = DocumentResult.From("doc-1", new QuoteExtractor().Extract(Text));
        var indented = QuoteExtractJson.ToIndentedJson(result);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(indented, Does.Contain("\n"));
            Assert.That(Reserialize(indented), Is.EqualTo(Reserialize(QuoteExtractJson.ToJsonLine(result))));
        }
    }

    [TestCase("{\"id\":\"a\",\"text\":\"قال الوزير\"}", "a", "قال الوزير", TestName = "id and text")]
    [TestCase("{\"text\":\"قال الوزير\"}", null, "قال الوزير", TestName = "text without id")]
    [TestCase("{\"id\":\"a\",\"text\":\"\"}", "a", "", TestName = "empty text")]
    [TestCase("{\"text\":\"x\",\"extra\":[1,2]}", null, "x", TestName = "unknown keys ignored")]
    [TestCase("{\"id\":\"a\",\"text\":\"\\u0642\\u0627\\u0644\"}", "a", "قال", TestName = "escaped Arabic")]
    public void Parses_an_input_line(string line, string? id, string text)
    {
        var input = QuoteExtractJson.ParseInputLine(line);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(input.Id, Is.EqualTo(id));
            Assert.That(input.Text, Is.EqualTo(text));
        }
    }

    [TestCase("{\"id\":\"a\",\"text\":", TestName = "truncated JSON")]
    [TestCase("not json at all", TestName = "not JSON")]
    [TestCase("[1,2,3]", TestName = "an array")]
    [TestCase("{\"id\":\"a\"}", TestName = "missing text")]
    [TestCase("{\"id\":\"a\",\"text\":null}", TestName = "null text")]
    [TestCase("{\"id\":\"a\",\"text\":42}", TestName = "text is a number")]
    [TestCase("null", TestName = "JSON null")]
    public void Rejects_a_malformed_line_with_FormatException(string line)
    {
        Assert.That(() => QuoteExtractJson.ParseInputLine(line), Throws.TypeOf<FormatException>());
    }

    private static string[] Names(JsonElement e) => e.EnumerateObject().Select(p => p.Name).ToArray();

    private static string Reserialize(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(doc.RootElement);
    }
}
