using QuoteExtract.Records;
using QuoteExtract.Tests.Detection;

namespace QuoteExtract.Tests.Scoring;

/// <summary>
/// The rules decide alone with <see cref="QuoteExtractorOptions.UseModels"/> false; the bundled model may veto what
/// the rules accept only where the rules are wrong.
/// </summary>
[TestFixture]
public class RulesAndModelTests
{
    private static readonly QuoteExtractor Rules = new(new QuoteExtractorOptions { UseModels = false });

    [TestCase("وقال المتحدث باسم الحكومة سامي عادل إن الأسعار ستنخفض خلال الأشهر المقبلة.", 0.9, TestName = "complementiser with a speaker")]
    [TestCase("وقال رئيس البلدية كريم منصور: نحن نعمل ليلا ونهارا لإصلاح الطرق المتضررة.", 0.85, TestName = "colon")]
    [TestCase("ودعا الأمين العام للأمم المتحدة إلى وقف فوري لإطلاق النار في المدينة.", 0.75, TestName = "governed preposition")]
    [TestCase("أكد أن «الحكومة ماضية في خطتها لخفض العجز».", 0.0, TestName = "no speaker: the rules do not grade an attribution they could not make")]
    public void Rules_only_confidence_is_the_fixed_estimate_of_the_pattern(string text, double confidence)
    {
        var result = Rules.Extract(text);
        Assert.That(result.Quotations.Single().Confidence, Is.EqualTo(confidence));
    }

    [Test]
    public void Rules_only_and_models_agree_on_the_detection_of_a_clear_quotation()
    {
        const string text = "وقال وزير الصحة المغربي خالد بنعلي «إن المستشفيات الجديدة ستفتح أبوابها قبل نهاية العام».";
        var rules = Rules.Extract(text).Quotations.Single();
        var model = Extraction.Single(text);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(model.Content, Is.EqualTo(rules.Content));
            Assert.That(model.Cue, Is.EqualTo(rules.Cue));
            Assert.That(model.Speaker, Is.EqualTo(rules.Speaker));
            Assert.That(model.Confidence, Is.Not.EqualTo(rules.Confidence), "the model grades the record itself");
        }
    }

    [TestCase("وقال الوزير إن الحكومة ستدعم المزارعين.", "الحكومة ستدعم المزارعين", "وقال")]
    [TestCase("وأشار الوزير إلى أن المفاوضات ستستأنف الأسبوع المقبل في جنيف.", "المفاوضات ستستأنف الأسبوع المقبل في جنيف", "وأشار")]
    [TestCase("وقال وزير الزراعة كمال بنيس إن الحكومة ستدعم المزارعين.", "الحكومة ستدعم المزارعين", "وقال", TestName = "three-word content with a named speaker")]
    public void The_model_keeps_a_plain_report_the_rules_accept(string text, string content, string cue)
    {
        Assert.That(Rules.Extract(text).Quotations.Single().Content.Text, Is.EqualTo(content), "the rules accept it");
        var q = Extraction.Single(text);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(q.Content.Text, Is.EqualTo(content));
            Assert.That(q.Cue?.Text, Is.EqualTo(cue));
            Assert.That(q.Kind, Is.EqualTo(QuotationKind.Indirect));
        }
    }
}
