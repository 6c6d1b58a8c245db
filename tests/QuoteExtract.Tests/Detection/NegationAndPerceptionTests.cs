namespace QuoteExtract.Tests.Detection;

/// <summary>
/// Negated reports and verbs of perception, knowledge or proof are not quotations. Each case comes with its
/// affirmative or speech-act twin, which is one, so that the negation or the verb is what makes the difference.
/// </summary>
[TestFixture]
public class NegationAndPerceptionTests
{
    [TestCase("ولم يشر وزير الخارجية إلى أن المفاوضات ستستأنف في الأسابيع المقبلة.",
        "وأشار وزير الخارجية إلى أن المفاوضات ستستأنف في الأسابيع المقبلة.", TestName = "لم يشر إلى أن")]
    [TestCase("ولم يؤكد المتحدث باسم الجيش أن القوات انسحبت من المدينة الحدودية.",
        "وأكد المتحدث باسم الجيش أن القوات انسحبت من المدينة الحدودية.", TestName = "لم يؤكد أن")]
    [TestCase("ولم يقل رئيس البرلمان إن الجلسة ستؤجل إلى الأسبوع المقبل.",
        "وقال رئيس البرلمان إن الجلسة ستؤجل إلى الأسبوع المقبل.", TestName = "لم يقل إن")]
    public void A_negated_report_produces_nothing(string negated, string affirmative)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Extraction.Run(affirmative).Quotations, Has.Count.EqualTo(1), "the affirmative twin");
            Assert.That(Extraction.Run(negated).Quotations, Is.Empty, () => Extraction.Describe(Extraction.Run(negated)));
        }
    }

    [TestCase("وتبين أن المتهم كان يعمل في الشركة منذ سنوات عديدة.",
        "وأكد المحقق أن المتهم كان يعمل في الشركة منذ سنوات عديدة.", TestName = "تبين أن")]
    [TestCase("والتحليل المخبري يثبت أن المياه ملوثة في ثلاثة أحياء.",
        "والمختبر أكد أن المياه ملوثة في ثلاثة أحياء شمال المدينة.", TestName = "يثبت أن")]
    [TestCase("ويعلم الجميع أن الموسم الفلاحي كان صعبا على المزارعين.",
        "ويقول المزارعون إن الموسم الفلاحي كان صعبا على الجميع.", TestName = "يعلم أن")]
    public void Perception_produces_nothing(string perception, string speech)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Extraction.Run(speech).Quotations, Has.Count.EqualTo(1), () => "the speech-act twin: " + Extraction.Describe(Extraction.Run(speech)));
            Assert.That(Extraction.Run(perception).Quotations, Is.Empty, () => Extraction.Describe(Extraction.Run(perception)));
        }
    }
}
