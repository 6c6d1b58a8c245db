using QuoteExtract.Records;

namespace QuoteExtract.Tests.Detection;

/// <summary>
/// <c>SPEAKER: statement</c> headlines: accepted when the body quotes that speaker, rejected for a topic,
/// a place (dateline) or a speaker the body never quotes.
/// </summary>
[TestFixture]
public class HeadlineTests
{
    private const string Body = "وقال وزير الصحة خالد بنعلي إن المستشفيات الجديدة ستفتح أبوابها قبل نهاية العام.";

    [TestCase("بنعلي: المستشفيات الجديدة ستفتح قبل نهاية العام", "بنعلي", TestName = "surname known from the body")]
    [TestCase("وزير الصحة: المستشفيات الجديدة ستفتح قبل نهاية العام", "وزير الصحة", TestName = "title known from the body")]
    [TestCase("بنعلي: «المستشفيات الجديدة ستفتح قبل نهاية العام»", "بنعلي", TestName = "statement in quotation marks")]
    public void A_headline_of_a_speaker_quoted_in_the_body_is_a_direct_quotation(string headline, string mention)
    {
        var text = headline + "\n" + Body;
        var quotations = Extraction.Run(text).Quotations;

        Assert.That(quotations, Has.Count.EqualTo(2), () => Extraction.Describe(Extraction.Run(text)));
        var q = quotations[0];
        Extraction.AssertQuotation(text, q, QuotationKind.Direct, "المستشفيات الجديدة ستفتح قبل نهاية العام", ":", ":");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(q.Cue?.Class, Is.EqualTo(QuoteExtract.Lexicon.CueClass.Heading));
            Assert.That(q.Speaker?.Name, Is.EqualTo("خالد بنعلي"), "the canonical name comes from the body");
            Assert.That(q.Speaker?.Mention?.Text, Is.EqualTo(mention));
            Assert.That(q.Speaker?.Id, Is.EqualTo(quotations[1].Speaker?.Id), "one speaker for headline and body");
        }
    }

    [TestCase("أزمة المياه: انقطاع متكرر في أحياء العاصمة منذ أسبوع", TestName = "a topic before the colon")]
    [TestCase("القاهرة: ارتفاع أسعار الخبز في الأسواق الشعبية", TestName = "a city before the colon (dateline)")]
    [TestCase("المغرب: المستشفيات الجديدة ستفتح قبل نهاية العام", TestName = "a country before the colon (dateline)")]
    [TestCase("حداد: الأسعار مستقرة في جميع الأسواق الوطنية", TestName = "a surname the body never quotes")]
    public void Other_colon_headlines_are_not_quotations(string headline)
    {
        var text = headline + "\n" + Body;
        var q = Extraction.Single(text);
        Assert.That(q.Cue?.Text, Is.EqualTo("وقال"), "only the body quotation");
    }

    [Test]
    public void A_colon_inside_a_long_line_is_no_headline()
    {
        const string text = "وفي المؤتمر الصحفي الذي عقد أمس بالعاصمة ناقش المشاركون عدة مواضيع: الأمن الغذائي والتغير المناخي والهجرة غير النظامية نحو أوروبا وغيرها من القضايا الإقليمية والدولية الملحة التي تشغل الرأي العام في المنطقة منذ سنوات طويلة ماضية ولا تزال حتى اليوم";
        Assert.That(Extraction.Run(text).Quotations, Is.Empty);
    }
}
