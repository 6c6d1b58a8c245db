using QuoteExtract.Tests.Detection;

namespace QuoteExtract.Tests.Linking;

/// <summary>
/// Unnamed sources and studies are named by their own description; organisations grow to the fullest name the
/// document gives them; a bare description with the article refers back to the last one of its head.
/// </summary>
[TestFixture]
public class DescriptionResolutionTests
{
    private static readonly QuoteExtractor RulesOnly = new(new QuoteExtractorOptions { UseModels = false });

    [Test]
    public void Two_studies_keep_their_own_descriptions()
    {
        const string text = "وتوصلت دراسة طبية حديثة إلى أن تناول الفيتامين يحمي من النقرس.\n"
            + "كما أفادت دراسة حديثة بأن التين يساعد في علاج البواسير.\n"
            + "وأوضحت الدراسة أنه يساعد على إذابة الأملاح.";
        var names = RulesOnly.Extract(text).Quotations.Select(q => q.Speaker?.Name).ToList();
        Assert.That(names, Is.EqualTo(new[] { "دراسة طبية حديثة", "دراسة حديثة", "دراسة حديثة" }));
    }

    [Test]
    public void An_organisation_takes_its_fullest_name()
    {
        const string text = "أعلن الاتحاد الآسيوي لكرة القدم أن العقوبة سارية.\nوقال الاتحاد الآسيوي إنه سيطعن في القرار أمام المحكمة.";
        var names = RulesOnly.Extract(text).Quotations.Select(q => q.Speaker?.Name).ToList();
        Assert.That(names, Is.EqualTo(new[] { "الاتحاد الآسيوي لكرة القدم", "الاتحاد الآسيوي لكرة القدم" }));
    }

    [Test]
    public void A_report_from_a_titled_person_speaks_for_that_person_not_for_the_body_in_the_title()
    {
        const string text = "وقال الأمين العام للأمم المتحدة بان كي مون إن الوضع خطير.\n"
            + "وأوصى تقرير من الأمين العام للأمم المتحدة بتقليص بعثة المراقبين.\n"
            + "وأضاف التقرير أن البعثة الأصغر يجب أن تركز على الحوار.";
        var names = RulesOnly.Extract(text).Quotations.Select(q => q.Speaker?.Name).ToList();
        Assert.That(names, Is.All.EqualTo("بان كي مون"));
    }

    [Test]
    public void A_report_with_an_adjective_keeps_its_description_and_one_with_a_genitive_body_speaks_for_it()
    {
        const string text = "وأشارت الحكومات الأوروبية إلى أن التمويل سيستمر.\n"
            + "وتوصلت دراسة أوروبية إلى أن الجليد يذوب أسرع من المتوقع.\n"
            + "وقالت وزارة الخارجية المصرية إن الزيارة ستتم في موعدها.\n"
            + "وأضاف بيان الخارجية المصرية أن الوزير سيلتقي نظيره.";
        var names = RulesOnly.Extract(text).Quotations.Select(q => q.Speaker?.Name).ToList();
        Assert.That(names, Is.EqualTo(new[] { "الحكومات الأوروبية", "دراسة أوروبية", "وزارة الخارجية المصرية", "وزارة الخارجية المصرية" }));
    }

    [Test]
    public void A_report_the_sentence_only_cites_speaks_by_its_name_and_one_a_body_issued_for_that_body()
    {
        const string text = "ووصل عدد مستخدمي موقع فيسبوك إلى 45 مليوناً، وفقاً لأحدث نتائج \"تقرير الإعلام الاجتماعي العربي\".\n"
            + "وبيّن التقرير أن الإمارات تتصدر الدول العربية.\n"
            + "وكشف صندوق النقد الدولي في أهم تقرير سنوي يصدره أن نسبة تملك المساكن منخفضة.\n"
            + "وأضاف التقرير أن الحكومة تنفذ برنامجاً للإسكان.";
        var names = RulesOnly.Extract(text).Quotations.Select(q => q.Speaker?.Name).ToList();
        Assert.That(names.TakeLast(3), Is.EqualTo(new[] { "تقرير الإعلام الاجتماعي العربي", "صندوق النقد الدولي", "صندوق النقد الدولي" }));
    }

    [Test]
    public void Ban_ki_moon_is_a_name()
    {
        const string text = "وقال الأمين العام للأمم المتحدة بان كي مون إن البعثة ستبقى في سوريا.\nوأضاف مون أن الحل سياسي.";
        var result = Extraction.Run(text);
        Assert.That(result.Quotations.Select(q => q.Speaker?.Name), Is.All.EqualTo("بان كي مون"), () => Extraction.Describe(result));
    }
}
