namespace QuoteExtract.Tests.Detection;

/// <summary>Quotation marks around a name, a title of a work or a term, with no speaker, are not quotations.</summary>
[TestFixture]
public class ScareQuotesTests
{
    [TestCase("والتقى الوفد بممثلين عن «بوكو حرام» في العاصمة.", TestName = "a group name in guillemets")]
    [TestCase("وحضر الحفل عدد من نجوم فرقة «الأمل الجديد» في المسرح البلدي.", TestName = "a band name")]
    [TestCase("ونشرت الفرقة أغنيتها الجديدة «ليل المدينة» على الإنترنت مساء الجمعة.", TestName = "a song title")]
    [TestCase("وأشاد المدرب بأداء \"النسور الخضر\" في المباراة الأخيرة.", TestName = "a team nickname after a praise cue")]
    [TestCase("تابعوا آخر الأخبار على موقعنا الإلكتروني.", TestName = "a call to action of the publisher")]
    public void Produce_nothing(string text)
    {
        Assert.That(Extraction.Run(text).Quotations, Is.Empty, () => Extraction.Describe(Extraction.Run(text)));
    }

    [Test]
    public void A_quoted_outlet_name_in_the_speaker_phrase_is_not_a_second_quotation()
    {
        const string text = "ذكرت صحيفة «الأخبار» أن الحكومة ستعلن عن تعديل وزاري الأسبوع المقبل.";
        Extraction.AssertQuotation(text, Extraction.Single(text), QuoteExtract.Records.QuotationKind.Indirect,
            "الحكومة ستعلن عن تعديل وزاري الأسبوع المقبل", "ذكرت", "ذكر");
    }

    [Test]
    public void A_quoted_outlet_name_is_named_without_its_marks()
    {
        const string text = "ذكرت صحيفة «الأخبار» أن الحكومة ستعلن عن تعديل وزاري الأسبوع المقبل.";
        var speaker = Extraction.Single(text).Speaker;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(speaker?.Name, Is.EqualTo("صحيفة الأخبار"));
            Assert.That(speaker?.Mention?.Text, Is.EqualTo("صحيفة «الأخبار»"), "the mention is the original text");
        }
    }
}
