using QuoteExtract.Records;

namespace QuoteExtract.Tests.Detection;

/// <summary>Runs the whole pipeline on a short text and checks one quotation against the spec.</summary>
internal static class Extraction
{
    /// <summary>One extractor for every test: it is immutable and thread-safe.</summary>
    public static QuoteExtractor Extractor { get; } = new();

    public static ExtractionResult Run(string text) => Extractor.Extract(text);

    /// <summary>The only quotation of <paramref name="text"/>; fails when there is not exactly one.</summary>
    public static Quotation Single(string text)
    {
        var result = Run(text);
        Assert.That(result.Quotations, Has.Count.EqualTo(1), () => "quotations: " + Describe(result));
        return result.Quotations[0];
    }

    /// <summary>Asserts kind, content (as text and as offsets into <paramref name="text"/>), cue text and cue lemma.</summary>
    public static void AssertQuotation(string text, Quotation q, QuotationKind kind, string content, string cue, string lemma)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(q.Kind, Is.EqualTo(kind), "kind");
            Assert.That(q.Content.Text, Is.EqualTo(content), "content");
            Assert.That(text[q.Content.Start..q.Content.End], Is.EqualTo(content), "content offsets");
            Assert.That(q.Cue, Is.Not.Null, "cue");
            Assert.That(q.Cue?.Text, Is.EqualTo(cue), "cue text");
            Assert.That(q.Cue?.Lemma, Is.EqualTo(lemma), "cue lemma");
            if (q.Cue is not null) Assert.That(text[q.Cue.Start..q.Cue.End], Is.EqualTo(q.Cue.Text), "cue offsets");
        }
    }

    public static string Describe(ExtractionResult result) =>
        result.Quotations.Count == 0 ? "(none)"
            : string.Join(" / ", result.Quotations.Select(q => $"{q.Kind} [{q.Content.Text}] cue [{q.Cue?.Text}] by [{q.Speaker?.Name}]"));
}
