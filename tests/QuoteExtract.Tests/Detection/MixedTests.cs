using QuoteExtract.Records;

namespace QuoteExtract.Tests.Detection;

/// <summary>
/// Mixed: indirect content that holds quoted words of the speaker; it runs from the complementiser on, marks included.
/// A name or a term in marks after the noun that heads it (موقع "تويتر") quotes nobody.
/// </summary>
[TestFixture]
public class MixedTests
{
    [TestCase("وأكد وزير المالية أن الميزانية الجديدة \"ستحمي الفئات الفقيرة من ارتفاع الأسعار\" خلال العام المقبل.",
        "الميزانية الجديدة \"ستحمي الفئات الفقيرة من ارتفاع الأسعار\" خلال العام المقبل", "وأكد", "أكد", TestName = "quoted words inside أن content")]
    [TestCase("وقالت الهيئة إن الانتخابات جرت في أجواء «هادئة وشفافة إلى حد كبير» رغم بعض الخروقات.",
        "الانتخابات جرت في أجواء «هادئة وشفافة إلى حد كبير» رغم بعض الخروقات", "وقالت", "قال", TestName = "guillemets inside إن content")]
    [TestCase("ووصف المعارض كريم الطاهر الحكومة بأنها \"حكومة تصريف أعمال\" تنتظر الانتخابات المقبلة.",
        "\"حكومة تصريف أعمال\" تنتظر الانتخابات المقبلة", "ووصف", "وصف", TestName = "content opening with a quotation after بأنها")]
    public void Indirect_content_holding_a_quotation_is_mixed(string text, string content, string cue, string lemma)
    {
        Extraction.AssertQuotation(text, Extraction.Single(text), QuotationKind.Mixed, content, cue, lemma);
    }

    [TestCase("وأكد التقرير أن عدد مستخدمي موقع \"تويتر\" في المنطقة تضاعف خلال عام.", TestName = "a site's name after موقع")]
    [TestCase("وقالت الدراسة إن فيتامين \"سي\" يخفض خطر الإصابة بالمرض.", TestName = "a term after فيتامين")]
    [TestCase("وأضاف أن حزب \"النور\" قبل الصيغة الجديدة للمادة.", TestName = "a party's name after حزب")]
    public void A_name_in_marks_leaves_content_indirect(string text) =>
        Assert.That(Extraction.Single(text).Kind, Is.EqualTo(QuotationKind.Indirect));

    [Test]
    public void One_quoted_word_of_the_speaker_makes_content_mixed()
    {
        const string text = "وانتقد الكاتب الحكومة وقال إنها لا تقدم سوى شعارات \"طنانة\" للمواطنين.";
        Assert.That(Extraction.Run(text).Quotations.Single(q => q.Cue?.Lemma == "قال").Kind, Is.EqualTo(QuotationKind.Mixed));
    }
}
