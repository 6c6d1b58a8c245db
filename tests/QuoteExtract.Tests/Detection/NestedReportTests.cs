using QuoteExtract.Records;

namespace QuoteExtract.Tests.Detection;

/// <summary>A report inside another quotation's content is part of that content, not a second quotation.</summary>
[TestFixture]
public class NestedReportTests
{
    [TestCase("وقال رئيس الوزراء «إن بلاده تعتبر أن الحوار هو السبيل الوحيد لحل الأزمة مع الجيران».",
        QuotationKind.Direct, "إن بلاده تعتبر أن الحوار هو السبيل الوحيد لحل الأزمة مع الجيران", TestName = "inside a direct quotation")]
    [TestCase("وقال رئيس الوزراء إن بلاده تعتبر أن الحوار هو السبيل الوحيد لحل الأزمة مع الجيران.",
        QuotationKind.Indirect, "بلاده تعتبر أن الحوار هو السبيل الوحيد لحل الأزمة مع الجيران", TestName = "inside indirect content")]
    [TestCase("وقال المدرب «أؤكد لكم أن اللاعبين سيقدمون أفضل ما لديهم في النهائي».",
        QuotationKind.Direct, "أؤكد لكم أن اللاعبين سيقدمون أفضل ما لديهم في النهائي", TestName = "a first-person cue inside a direct quotation")]
    public void Only_the_outer_quotation_is_kept(string text, QuotationKind kind, string content)
    {
        Extraction.AssertQuotation(text, Extraction.Single(text), kind, content, "وقال", "قال");
    }
}
