using QuoteExtract.Records;

namespace QuoteExtract.Tests.Detection;

/// <summary>Direct speech: a cue, its speaker, then words between quotation marks of any kind.</summary>
[TestFixture]
public class DirectQuoteMarksTests
{
    private const string Content = "إن المستشفيات الجديدة ستفتح أبوابها قبل نهاية العام";

    [TestCase("«", "»", TestName = "guillemets")]
    [TestCase("“", "”", TestName = "curly double quotes")]
    [TestCase("\"", "\"", TestName = "straight double quotes")]
    [TestCase("”", "”", TestName = "mis-paired closing quotes used on both sides")]
    [TestCase("„", "“", TestName = "low-high quotes")]
    public void After_qal_the_words_inside_the_marks_are_the_content(string open, string close)
    {
        var text = $"وقال وزير الصحة المغربي خالد بنعلي {open}{Content}{close}.";
        var q = Extraction.Single(text);

        Extraction.AssertQuotation(text, q, QuotationKind.Direct, Content, "وقال", "قال");
        Assert.That(q.Speaker?.Name, Is.EqualTo("خالد بنعلي"));
    }

    [TestCase("وقالت وزيرة البيئة ليلى حداد في مؤتمر صحفي «لن نسمح بدفن النفايات قرب الأحياء السكنية».",
        "لن نسمح بدفن النفايات قرب الأحياء السكنية", "وقالت", "قال", TestName = "a circumstantial phrase between speaker and quotation")]
    [TestCase("وأضاف المدرب «اللاعبون قدموا مباراة كبيرة رغم الغيابات».",
        "اللاعبون قدموا مباراة كبيرة رغم الغيابات", "وأضاف", "أضاف", TestName = "أضاف")]
    [TestCase("وتابع رئيس النادي “سنعلن عن الصفقات الجديدة خلال أيام”",
        "سنعلن عن الصفقات الجديدة خلال أيام", "وتابع", "تابع", TestName = "تابع without a final stop")]
    [TestCase("وأكد وزير المالية أن «الحكومة ماضية في خطتها لخفض العجز».",
        "الحكومة ماضية في خطتها لخفض العجز", "وأكد", "أكد", TestName = "content wholly quoted after أن is direct")]
    [TestCase("ووصف المعارض كريم الطاهر الحكومة بأنها \"حكومة تصريف أعمال لا أكثر\".",
        "حكومة تصريف أعمال لا أكثر", "ووصف", "وصف", TestName = "content wholly quoted after بأنها is direct")]
    [TestCase("وأوضحت المحكمة أن: \"القرار لا يعني براءة اللاعب من التهم الموجهة إليه\".",
        "القرار لا يعني براءة اللاعب من التهم الموجهة إليه", "وأوضحت", "أوضح", TestName = "a colon between أن and the marks")]
    public void Direct_speech_after_other_cues(string text, string content, string cue, string lemma)
    {
        Extraction.AssertQuotation(text, Extraction.Single(text), QuotationKind.Direct, content, cue, lemma);
    }

    [Test]
    public void A_circumstantial_noun_phrase_does_not_take_the_cue_from_qal()
    {
        const string text = "وقال وزير الخارجية الروسي سيرغي لافروف في كلمة أمام المؤتمر «إن روسيا مستعدة للتعاون مع جميع الدول».";
        var q = Extraction.Single(text);
        Extraction.AssertQuotation(text, q, QuotationKind.Direct, "إن روسيا مستعدة للتعاون مع جميع الدول", "وقال", "قال");
        Assert.That(q.Speaker?.Name, Is.EqualTo("سيرغي لافروف"));
    }

    [Test]
    public void A_quotation_running_over_two_paragraphs_is_one_direct_quotation()
    {
        const string text = "وقال رئيس الاتحاد سمير الجابري: «نحن أمام موسم صعب على جميع الأندية\n«لكننا سنعمل مع الجميع لإنجاح البطولة».";
        var q = Extraction.Single(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(q.Kind, Is.EqualTo(QuotationKind.Direct));
            Assert.That(q.Content.Text, Does.StartWith("نحن أمام موسم صعب").And.EndWith("لإنجاح البطولة"));
            Assert.That(text[q.Content.Start..q.Content.End], Is.EqualTo(q.Content.Text));
        }
    }

    [Test]
    public void Doubled_apostrophes_are_a_quotation_mark()
    {
        const string text = "وقال أحد العمال الإنسانيين ''جئنا إلى المدينة لتقييم حاجات السكان في مجال الصحة''.";
        var q = Extraction.Single(text);
        Extraction.AssertQuotation(text, q, QuotationKind.Direct, "جئنا إلى المدينة لتقييم حاجات السكان في مجال الصحة", "وقال", "قال");
    }

    [Test]
    public void Two_dots_before_a_quotation_introduce_it()
    {
        const string text = "وقال الوزير في كلمته خلال الملتقى.. “نعتقد أن العالم بأكمله بات معرضا لانعدام الأمن”.";
        Extraction.AssertQuotation(text, Extraction.Single(text), QuotationKind.Direct, "نعتقد أن العالم بأكمله بات معرضا لانعدام الأمن", "وقال", "قال");
    }
}
