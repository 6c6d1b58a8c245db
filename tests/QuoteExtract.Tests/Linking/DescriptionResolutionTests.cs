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
    public void Ban_ki_moon_is_a_name()
    {
        const string text = "وقال الأمين العام للأمم المتحدة بان كي مون إن البعثة ستبقى في سوريا.\nوأضاف مون أن الحل سياسي.";
        var result = Extraction.Run(text);
        Assert.That(result.Quotations.Select(q => q.Speaker?.Name), Is.All.EqualTo("بان كي مون"), () => Extraction.Describe(result));
    }
}
