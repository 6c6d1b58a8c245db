using QuoteExtract.Records;
using QuoteExtract.Tests.Detection;

namespace QuoteExtract.Tests.Linking;

/// <summary>
/// A cue with no subject (<c>وأضاف:</c>، <c>وتابع</c>) continues the last speaker of the same gender and number;
/// a feminine cue skips a masculine speaker.
/// </summary>
[TestFixture]
public class ContinuationTests
{
    [Test]
    public void Wa_adafa_colon_continues_the_last_speaker()
    {
        const string text = "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار مع جميع الأطراف.\n"
            + "وأضاف: \"لن نقبل بأي شروط مسبقة من أي طرف\".";
        var result = Extraction.Run(text);

        Assert.That(result.Quotations, Has.Count.EqualTo(2), () => Extraction.Describe(result));
        var q = result.Quotations[1];
        Extraction.AssertQuotation(text, q, QuotationKind.Direct, "لن نقبل بأي شروط مسبقة من أي طرف", "وأضاف", "أضاف");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(q.Speaker?.Name, Is.EqualTo("سيرغي لافروف"));
            Assert.That(q.Speaker?.Id, Is.EqualTo(result.Quotations[0].Speaker?.Id));
            Assert.That(q.Speaker?.Mention, Is.Null);
        }
    }

    [Test]
    public void A_feminine_cue_skips_a_masculine_speaker()
    {
        const string text = "وقالت وزيرة التربية سعاد المنصوري إن المدارس ستفتح أبوابها في موعدها المحدد. "
            + "وقال مدير الأكاديمية كمال يوسف إن الأساتذة جاهزون لاستقبال التلاميذ. "
            + "وأضافت أن الكتب المدرسية وزعت على جميع التلاميذ.";
        var result = Extraction.Run(text);

        Assert.That(result.Quotations, Has.Count.EqualTo(3), () => Extraction.Describe(result));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Quotations.Select(q => q.Speaker?.Name), Is.EqualTo(new[] { "سعاد المنصوري", "كمال يوسف", "سعاد المنصوري" }));
            Assert.That(result.Quotations[2].Speaker?.Id, Is.EqualTo(result.Quotations[0].Speaker?.Id));
        }
    }

    [Test]
    public void A_masculine_cue_skips_a_feminine_speaker()
    {
        const string text = "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار مع جميع الأطراف. "
            + "وقالت الناطقة باسم الوزارة ماريا زاخاروفا إن العقوبات لن تؤثر على الاقتصاد الروسي. "
            + "وأضاف أن بلاده لن تقبل بأي شروط مسبقة من الغرب.";
        var result = Extraction.Run(text);

        Assert.That(result.Quotations, Has.Count.EqualTo(3), () => Extraction.Describe(result));
        Assert.That(result.Quotations[2].Speaker?.Name, Is.EqualTo("سيرغي لافروف"));
    }

    [Test]
    public void A_switch_opener_with_a_new_speaker_does_not_continue_the_old_one()
    {
        const string text = "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار مع جميع الأطراف.\n"
            + "من جهته، قال وزير الخارجية الأمريكي أنتوني بلينكن إن واشنطن تدرس المقترح الروسي بعناية.";
        var result = Extraction.Run(text);

        Assert.That(result.Quotations, Has.Count.EqualTo(2), () => Extraction.Describe(result));
        Assert.That(result.Quotations[1].Speaker?.Name, Is.EqualTo("أنتوني بلينكن"));
    }
}
