using QuoteExtract.Records;

namespace QuoteExtract.Tests.Detection;

/// <summary>Indirect content as a noun phrase after the preposition the cue governs: دعا إلى، شدد على، أعرب عن.</summary>
[TestFixture]
public class PrepositionalContentTests
{
    [TestCase("ودعا الأمين العام للأمم المتحدة إلى وقف فوري لإطلاق النار في المدينة.",
        "وقف فوري لإطلاق النار في المدينة", "ودعا", "دعا", TestName = "دعا إلى + noun")]
    [TestCase("وشدد وزير الداخلية على ضرورة تعزيز الرقابة على الحدود الجنوبية.",
        "ضرورة تعزيز الرقابة على الحدود الجنوبية", "وشدد", "شدد", TestName = "شدد على + noun")]
    [TestCase("وأعرب الرئيس الفرنسي إيمانويل ماكرون عن قلقه العميق إزاء تصاعد العنف في المنطقة.",
        "قلقه العميق إزاء تصاعد العنف في المنطقة", "وأعرب", "أعرب", TestName = "أعرب عن + noun")]
    [TestCase("وطالبت النقابة بزيادة أجور العاملين في قطاع الصحة العمومية.",
        "بزيادة أجور العاملين في قطاع الصحة العمومية", "وطالبت", "طالب", TestName = "طالب ب attached to the noun")]
    public void Content_is_the_noun_phrase_after_the_preposition(string text, string content, string cue, string lemma)
    {
        Extraction.AssertQuotation(text, Extraction.Single(text), QuotationKind.Indirect, content, cue, lemma);
    }

    [Test]
    public void A_preposition_the_cue_does_not_govern_opens_no_content()
    {
        const string text = "وقال وزير الصحة في مستشفى المدينة صباح اليوم.";
        Assert.That(Extraction.Run(text).Quotations, Is.Empty);
    }
}
