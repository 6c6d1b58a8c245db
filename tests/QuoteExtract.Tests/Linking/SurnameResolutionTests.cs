namespace QuoteExtract.Tests.Linking;

using QuoteExtract.Tests.Detection;

/// <summary>A surname alone resolves to the full name introduced earlier in the document.</summary>
[TestFixture]
public class SurnameResolutionTests
{
    [Test]
    public void A_surname_resolves_to_the_full_name_introduced_earlier()
    {
        const string text = "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار مع جميع الأطراف. "
            + "وأضاف لافروف أن العقوبات الغربية لن تغير موقف بلاده.";
        var result = Extraction.Run(text);

        Assert.That(result.Quotations, Has.Count.EqualTo(2), () => Extraction.Describe(result));
        var second = result.Quotations[1];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.Speaker?.Name, Is.EqualTo("سيرغي لافروف"));
            Assert.That(second.Speaker?.Title, Is.EqualTo("وزير الخارجية الروسي"));
            Assert.That(second.Speaker?.Mention?.Text, Is.EqualTo("لافروف"));
            Assert.That(second.Speaker?.Id, Is.EqualTo(result.Quotations[0].Speaker?.Id));
            Assert.That(result.Speakers, Has.Count.EqualTo(1));
            Assert.That(result.Speakers[0].Mentions.Select(m => m.Text), Is.EqualTo(new[] { "وزير الخارجية الروسي سيرغي لافروف", "لافروف" }));
        }
    }

    [Test]
    public void A_surname_resolves_to_a_full_name_given_later_in_the_document()
    {
        const string text = "لافروف: العقوبات الغربية لن تغير موقف بلاده من الأزمة\n"
            + "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار مع جميع الأطراف.";
        var result = Extraction.Run(text);

        Assert.That(result.Quotations, Has.Count.EqualTo(2), () => Extraction.Describe(result));
        Assert.That(result.Quotations.Select(q => q.Speaker?.Name), Is.EqualTo(new[] { "سيرغي لافروف", "سيرغي لافروف" }));
    }

    [Test]
    public void Different_surnames_are_different_speakers()
    {
        const string text = "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار مع جميع الأطراف. "
            + "وقالت الناطقة باسم الوزارة ماريا زاخاروفا إن العقوبات لن تؤثر على الاقتصاد الروسي.";
        var result = Extraction.Run(text);

        Assert.That(result.Quotations, Has.Count.EqualTo(2), () => Extraction.Describe(result));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Quotations[1].Speaker?.Name, Is.EqualTo("ماريا زاخاروفا"));
            Assert.That(result.Quotations[1].Speaker?.Id, Is.Not.EqualTo(result.Quotations[0].Speaker?.Id));
            Assert.That(result.Speakers.Select(s => s.Id), Is.EqualTo(new[] { "s1", "s2" }));
        }
    }
}
