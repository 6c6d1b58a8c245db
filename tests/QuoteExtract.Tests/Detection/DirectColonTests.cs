using QuoteExtract.Records;

namespace QuoteExtract.Tests.Detection;

/// <summary>
/// A colon after the cue: first-person words are direct speech, with or without marks; third-person
/// words after إن are indirect.
/// </summary>
[TestFixture]
public class DirectColonTests
{
    [TestCase("وقال رئيس البلدية كريم منصور: \"نحن نعمل ليلا ونهارا لإصلاح الطرق المتضررة\".",
        QuotationKind.Direct, "نحن نعمل ليلا ونهارا لإصلاح الطرق المتضررة", TestName = "colon then quotation marks")]
    [TestCase("وقال رئيس البلدية كريم منصور: نحن نعمل ليلا ونهارا لإصلاح الطرق المتضررة.",
        QuotationKind.Direct, "نحن نعمل ليلا ونهارا لإصلاح الطرق المتضررة", TestName = "colon then first person without marks")]
    [TestCase("وقال رئيس البلدية كريم منصور: إن الطرق المتضررة ستصلح خلال أسبوعين.",
        QuotationKind.Indirect, "الطرق المتضررة ستصلح خلال أسبوعين", TestName = "colon then إن is indirect")]
    [TestCase("وقال رئيس البلدية كريم منصور: الطرق المتضررة ستصلح خلال أسبوعين.",
        QuotationKind.Indirect, "الطرق المتضررة ستصلح خلال أسبوعين", TestName = "colon then third person is indirect")]
    public void Content_after_a_colon(string text, QuotationKind kind, string content)
    {
        var q = Extraction.Single(text);
        Extraction.AssertQuotation(text, q, kind, content, "وقال", "قال");
        Assert.That(q.Speaker?.Name, Is.EqualTo("كريم منصور"));
    }

    [Test]
    public void Colon_content_runs_to_the_end_of_its_paragraph()
    {
        const string text = "وقال المدرب: لدينا لاعبون شبان. سنمنحهم الفرصة كاملة.\nوفي سياق آخر، افتتح الملعب الجديد.";
        var q = Extraction.Single(text);
        Extraction.AssertQuotation(text, q, QuotationKind.Direct, "لدينا لاعبون شبان. سنمنحهم الفرصة كاملة", "وقال", "قال");
    }
}
