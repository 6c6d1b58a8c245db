using QuoteExtract.Records;

namespace QuoteExtract.Tests.Detection;

/// <summary>
/// According-to sources (بحسب، حسب، وفقاً لـ، نقلاً عن): the content is the clause the source is attached to,
/// without the according-to phrase; the cue is the according-to word.
/// </summary>
[TestFixture]
public class AccordingToTests
{
    [TestCase("وارتفعت حصيلة ضحايا الفيضانات إلى 12 قتيلا، بحسب ما أفاد مصدر في الحماية المدنية.",
        "وارتفعت حصيلة ضحايا الفيضانات إلى 12 قتيلا", "بحسب ما", "مصدر في الحماية المدنية", TestName = "بحسب ما أفاد + unnamed source")]
    [TestCase("وارتفعت حصيلة ضحايا الفيضانات إلى 12 قتيلا، حسب ما ذكرت وكالة الأنباء الرسمية.",
        "وارتفعت حصيلة ضحايا الفيضانات إلى 12 قتيلا", "حسب ما", "وكالة الأنباء الرسمية", TestName = "حسب ما ذكرت + agency")]
    public void Content_before_the_source(string text, string content, string cue, string speaker)
    {
        var q = Extraction.Single(text);
        Extraction.AssertQuotation(text, q, QuotationKind.Indirect, content, cue, "حسب");
        Assert.That(q.Speaker?.Name, Is.EqualTo(speaker));
    }

    [Test]
    public void Content_after_a_source_that_opens_the_sentence()
    {
        const string text = "وبحسب وزارة الصحة، فإن عدد الإصابات تراجع خلال الأسبوع الماضي.";
        var q = Extraction.Single(text);
        Extraction.AssertQuotation(text, q, QuotationKind.Indirect, "عدد الإصابات تراجع خلال الأسبوع الماضي", "وبحسب", "حسب");
        Assert.That(q.Speaker?.Name, Is.EqualTo("وزارة الصحة"));
    }

    [Test]
    public void The_cue_is_the_according_to_phrase_of_the_according_class()
    {
        const string text = "وارتفعت حصيلة ضحايا الفيضانات إلى 12 قتيلا، بحسب ما أفاد مصدر في الحماية المدنية.";
        Assert.That(Extraction.Single(text).Cue?.Class, Is.EqualTo(QuoteExtract.Lexicon.CueClass.According));
    }

    [Test]
    public void Wafqan_li_attached_to_the_source_is_not_part_of_the_speaker()
    {
        const string text = "وتراجعت صادرات البلاد من الفوسفات بنسبة 15 في المئة، وفقاً لتقرير البنك المركزي.";
        var q = Extraction.Single(text);
        Extraction.AssertQuotation(text, q, QuotationKind.Indirect, "وتراجعت صادرات البلاد من الفوسفات بنسبة 15 في المئة", "وفقاً", "وفق");
        Assert.That(q.Speaker?.Name, Is.EqualTo("البنك المركزي"));
        Assert.That(q.Speaker?.Mention?.Text, Is.EqualTo("تقرير البنك المركزي"), "the mention leaves the attached ل out");
    }

    [TestCase("وتطالب القوى الليبرالية بإبقاء النص كما هو وفقاً لدستور 1971. ويرى الحزب أن الدستور الجديد يجب أن يحسم المسألة.", TestName = "وفقاً لدستور beside الدستور")]
    [TestCase("وتراجعت الصادرات بنسبة كبيرة خلال الربع الأول حسب تعبير المسؤولين في القطاع.", TestName = "حسب تعبير, a word the text does not repeat")]
    public void An_according_to_phrase_whose_object_is_a_common_noun_has_no_speaker(string text)
    {
        var result = Extraction.Run(text);
        Assert.That(result.Quotations.Where(q => q.Cue?.Lemma is "وفق" or "حسب"), Is.Empty, () => Extraction.Describe(result));
    }

    [Test]
    public void A_news_agency_named_by_a_bare_word_is_a_source()
    {
        const string text = "وأطلقت الشركة أول محرك بحث إلكتروني لدول مجلس التعاون الخليجي، وفقا لوام.";
        var q = Extraction.Single(text);
        Assert.That(q.Speaker?.Name, Is.EqualTo("وام"));
    }

    [Test]
    public void Naqlan_an_keeps_the_whole_unnamed_source()
    {
        const string text = "وارتفعت أسعار المحروقات للمرة الثالثة هذا العام، نقلاً عن مصادر في وزارة الطاقة.";
        var q = Extraction.Single(text);
        Extraction.AssertQuotation(text, q, QuotationKind.Indirect, "وارتفعت أسعار المحروقات للمرة الثالثة هذا العام", "نقلاً عن", "نقل");
        Assert.That(q.Speaker?.Name, Is.EqualTo("مصادر في وزارة الطاقة"));
    }
}
