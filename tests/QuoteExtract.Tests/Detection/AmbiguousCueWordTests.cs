using QuoteExtract.Records;

namespace QuoteExtract.Tests.Detection;

/// <summary>
/// Everyday words that are spelled like a cue (نادي club / نادى called, عبر via / عبّر expressed, تابعوا follow us, نصف half)
/// must not open quotations where context shows they are not speech.
/// </summary>
[TestFixture]
public class AmbiguousCueWordTests
{
    [TestCase("تابعونا عبر تطبيق تلغرام:\nhttps://t.me/example_news", TestName = "عبر (via) before a link")]
    [TestCase("تابعوا صفحتنا على فيسبوك عبر الرابط التالي:\nhttps://www.example.com/news", TestName = "a link after a call to action")]
    [TestCase("ويحتوي المائة جرام من العنب على سبعة جرامات جلوكوز ونصف جرام بروتين وعشرين مليجرام فيتامين.", TestName = "نصف (half) in a list of amounts")]
    public void A_publisher_call_to_action_with_a_link_produces_nothing(string text)
    {
        Assert.That(Extraction.Run(text).Quotations, Is.Empty, () => Extraction.Describe(Extraction.Run(text)));
    }

    [Test]
    public void A_club_in_a_title_is_not_a_cue()
    {
        const string text = "وقال رئيس نادي الوداد إن الفريق سيشارك في البطولة الإفريقية المقبلة.";
        var q = Extraction.Single(text);
        Extraction.AssertQuotation(text, q, QuotationKind.Indirect, "الفريق سيشارك في البطولة الإفريقية المقبلة", "وقال", "قال");
        Assert.That(q.Speaker?.Name, Is.EqualTo("رئيس نادي الوداد"));
    }

    [Test]
    public void Abbara_an_as_a_speech_act_is_a_cue()
    {
        const string text = "وعبر رئيس الاتحاد عن ارتياحه الكبير لنتائج المنتخب في التصفيات الإفريقية.";
        Extraction.AssertQuotation(text, Extraction.Single(text), QuotationKind.Indirect, "ارتياحه الكبير لنتائج المنتخب في التصفيات الإفريقية", "وعبر", "عبر");
    }
}
