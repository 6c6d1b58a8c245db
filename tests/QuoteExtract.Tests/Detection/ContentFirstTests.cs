using QuoteExtract.Records;

namespace QuoteExtract.Tests.Detection;

/// <summary>Content-first order: <c>«…»، قال X</c> — the quotation before the cue belongs to the speaker after it.</summary>
[TestFixture]
public class ContentFirstTests
{
    [TestCase("«لن نسمح بتكرار ما حدث في الملعب»، قال قائد الشرطة يوسف العلمي للصحفيين.",
        "لن نسمح بتكرار ما حدث في الملعب", "قال", "يوسف العلمي", TestName = "guillemets, then قال and a named speaker")]
    [TestCase("\"الوضع تحت السيطرة\"، قال المتحدث باسم الدفاع المدني هشام الراوي.",
        "الوضع تحت السيطرة", "قال", "هشام الراوي", TestName = "straight quotes, then قال")]
    [TestCase("“لن نتخلى عن أي لاعب في هذه المرحلة”، قالت رئيسة النادي سلمى العبيدي.",
        "لن نتخلى عن أي لاعب في هذه المرحلة", "قالت", "سلمى العبيدي", TestName = "curly quotes, then قالت")]
    public void The_quotation_before_the_cue_is_direct(string text, string content, string cue, string speaker)
    {
        var q = Extraction.Single(text);
        Extraction.AssertQuotation(text, q, QuotationKind.Direct, content, cue, "قال");
        Assert.That(q.Speaker?.Name, Is.EqualTo(speaker));
    }
}
