using QuoteExtract.Records;

namespace QuoteExtract.Tests.Detection;

/// <summary>Mixed: indirect content that holds quoted words; it runs from the complementiser on, marks included.</summary>
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
}
