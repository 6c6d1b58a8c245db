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

    [TestCase("وأشار وزير الزراعة إلى أن الحكومة تعتبر أن دعم المزارعين الصغار أولوية وطنية في المرحلة المقبلة.", "وأشار", "أشار")]
    [TestCase("ولفت وزير الزراعة إلى أن الحكومة تعتبر أن دعم المزارعين الصغار أولوية وطنية في المرحلة المقبلة.", "ولفت", "لفت")]
    public void A_report_nested_after_ila_anna_is_part_of_the_outer_content(string text, string cue, string lemma)
    {
        var q = Extraction.Single(text);
        Extraction.AssertQuotation(text, q, QuotationKind.Indirect, "الحكومة تعتبر أن دعم المزارعين الصغار أولوية وطنية في المرحلة المقبلة", cue, lemma);
        Assert.That(q.Speaker?.Name, Is.EqualTo("وزير الزراعة"));
    }
}
