using QuoteExtract.Records;

namespace QuoteExtract.Tests.Detection;

/// <summary>
/// Indirect content ends before a comma that opens a contrast with another speaker (<c>، فيما قال …</c>،
/// <c>، في حين أكد …</c>، <c>، بينما أشار …</c>): each speaker gets a quotation of their own.
/// </summary>
[TestFixture]
public class ContrastBoundaryTests
{
    [TestCase("فيما قال", TestName = "فيما")]
    [TestCase("في حين قال", TestName = "في حين")]
    [TestCase("بينما قال", TestName = "بينما")]
    public void A_contrast_with_another_speaker_ends_the_content(string opener)
    {
        string text = $"وأكدت الوزارة أن المفاوضات مستمرة مع النقابة، {opener} رئيس النقابة سالم العبيدي إن الإضراب قائم.";
        var quotations = Extraction.Run(text).Quotations;
        Assert.That(quotations, Has.Count.EqualTo(2), () => Extraction.Describe(Extraction.Run(text)));
        Extraction.AssertQuotation(text, quotations[0], QuotationKind.Indirect, "المفاوضات مستمرة مع النقابة", "وأكدت", "أكد");
        Extraction.AssertQuotation(text, quotations[1], QuotationKind.Indirect, "الإضراب قائم", "قال", "قال");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quotations[0].Speaker?.Name, Is.EqualTo("الوزارة"));
            Assert.That(quotations[1].Speaker?.Name, Is.EqualTo("سالم العبيدي"));
        }
    }

    [Test]
    public void فيما_without_a_cue_after_it_stays_in_the_content()
    {
        const string text = "وأكدت الوزارة أن المفاوضات مستمرة، فيما يخص الأجور والتعويضات.";
        Extraction.AssertQuotation(text, Extraction.Single(text), QuotationKind.Indirect, "المفاوضات مستمرة، فيما يخص الأجور والتعويضات", "وأكدت", "أكد");
    }
}
