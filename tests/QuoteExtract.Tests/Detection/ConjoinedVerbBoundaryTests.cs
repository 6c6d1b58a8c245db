using QuoteExtract.Records;

namespace QuoteExtract.Tests.Detection;

/// <summary>
/// A verb cue joined by و inside indirect content ends it when it brings its own introducer (<c>وأضاف أن</c>،
/// <c>وطالب الحكومة بـ</c>): a new report begins. Without one, the verb belongs to the content (<c>ويفيد مرضى فقر الدم</c>).
/// </summary>
[TestFixture]
public class ConjoinedVerbBoundaryTests
{
    [TestCase("وقال الوزير إن المفاوضات مستمرة وأضاف أن الاتفاق بات قريباً.", "المفاوضات مستمرة", "الاتفاق بات قريباً", TestName = "وأضاف أن")]
    [TestCase("وقال الوزير إن المفاوضات مستمرة وطالب النقابة بتعليق الإضراب فوراً.", "المفاوضات مستمرة", "بتعليق الإضراب فوراً", TestName = "وطالب + addressee + بـ")]
    public void A_conjoined_report_with_its_own_introducer_is_a_new_quotation(string text, string first, string second)
    {
        var quotations = Extraction.Run(text).Quotations;
        Assert.That(quotations.Select(q => q.Content.Text), Is.EqualTo(new[] { first, second }), () => Extraction.Describe(Extraction.Run(text)));
    }

    [Test]
    public void A_conjoined_verb_without_an_introducer_stays_in_the_content()
    {
        const string text = "وأكدت الطبيبة أن الجزر منشط للجسم ويفيد مرضى فقر الدم.";
        Extraction.AssertQuotation(text, Extraction.Single(text), QuotationKind.Indirect, "الجزر منشط للجسم ويفيد مرضى فقر الدم", "وأكدت", "أكد");
    }
}
