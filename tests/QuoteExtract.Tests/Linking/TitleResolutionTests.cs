using QuoteExtract.Records;
using QuoteExtract.Tests.Detection;

namespace QuoteExtract.Tests.Linking;

/// <summary>A title-only mention resolves to the named holder of that title; a bare definite head refers back.</summary>
[TestFixture]
public class TitleResolutionTests
{
    private const string Introduction = "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار مع جميع الأطراف. ";

    [TestCase("وأكد وزير الخارجية الروسي أن العقوبات الغربية لن تغير موقف بلاده.", "وزير الخارجية الروسي", TestName = "the full title repeated")]
    [TestCase("وأكد الوزير أن العقوبات الغربية لن تغير موقف بلاده.", "الوزير", TestName = "the bare head الوزير")]
    [TestCase("وأكد وزير الخارجية أن العقوبات الغربية لن تغير موقف بلاده.", "وزير الخارجية", TestName = "a shortened title")]
    public void A_title_resolves_to_the_named_holder(string sentence, string mention)
    {
        var result = Extraction.Run(Introduction + sentence);

        Assert.That(result.Quotations, Has.Count.EqualTo(2), () => Extraction.Describe(result));
        var q = result.Quotations[1];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(q.Speaker?.Name, Is.EqualTo("سيرغي لافروف"));
            Assert.That(q.Speaker?.Mention?.Text, Is.EqualTo(mention));
            Assert.That(q.Speaker?.Id, Is.EqualTo(result.Quotations[0].Speaker?.Id));
        }
    }

    [Test]
    public void A_title_holding_another_title_word_is_not_that_title()
    {
        // الرئيس بوتفليقة is named just before, but the envoy of a president is not the president
        const string text = "بينما قال مبعوث رئيس كوت ديفوار، عقب استقباله من قبل الرئيس بوتفليقة، إن الحل السياسي ممكن.\n"
            + "وصرح أمارا إيسي، المبعوث الخاص لرئيس جمهورية كوت ديفوار، عقب اللقاء، إن الحوار هو الأولوية.";
        var result = Extraction.Run(text);

        Assert.That(result.Quotations, Has.Count.EqualTo(2), () => Extraction.Describe(result));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Quotations[0].Speaker?.Name, Is.EqualTo("أمارا إيسي"), "the later apposition names the envoy");
            Assert.That(result.Quotations[0].Speaker?.Mention?.Text, Is.EqualTo("مبعوث رئيس كوت ديفوار"));
            Assert.That(result.Quotations[1].Speaker?.Title, Is.EqualTo("المبعوث الخاص لرئيس جمهورية كوت ديفوار"));
        }
    }

    [Test]
    public void A_title_introduced_after_the_named_holder_of_another_office_stays_apart()
    {
        const string text = Introduction + "وأكد وزير الدفاع أن الجيش في حالة تأهب على الحدود الغربية.";
        var result = Extraction.Run(text);

        Assert.That(result.Quotations, Has.Count.EqualTo(2), () => Extraction.Describe(result));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Quotations[1].Speaker?.Name, Is.EqualTo("وزير الدفاع"));
            Assert.That(result.Quotations[1].Speaker?.Id, Is.Not.EqualTo(result.Quotations[0].Speaker?.Id));
        }
    }

    [Test]
    public void An_anaphoric_organisation_resolves_to_the_named_organisation()
    {
        const string text = "وقالت شركة الطيران الوطنية إن الرحلات نحو العاصمة ستستأنف صباح الغد. "
            + "وأوضحت الشركة أن المسافرين سيحصلون على تعويضات كاملة.";
        var result = Extraction.Run(text);

        Assert.That(result.Quotations, Has.Count.EqualTo(2), () => Extraction.Describe(result));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Quotations[1].Speaker?.Name, Is.EqualTo("شركة الطيران الوطنية"));
            Assert.That(result.Quotations[1].Speaker?.Id, Is.EqualTo(result.Quotations[0].Speaker?.Id));
            Assert.That(result.Speakers, Has.Count.EqualTo(1));
            Assert.That(result.Speakers[0].Kind, Is.EqualTo(SpeakerKind.Organisation));
        }
    }
}
