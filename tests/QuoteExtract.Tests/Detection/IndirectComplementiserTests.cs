using QuoteExtract.Records;

namespace QuoteExtract.Tests.Detection;

/// <summary>Indirect speech: the content starts after إن/أن/بأن/أنه/إلى أن/على أن and runs to the end of the clause.</summary>
[TestFixture]
public class IndirectComplementiserTests
{
    [TestCase("وقال المتحدث باسم الحكومة سامي عادل إن الأسعار ستنخفض خلال الأشهر المقبلة.",
        "الأسعار ستنخفض خلال الأشهر المقبلة", "وقال", "قال", TestName = "قال … إن")]
    [TestCase("وأكدت الوزارة أن الامتحانات ستجرى في موعدها المحدد.",
        "الامتحانات ستجرى في موعدها المحدد", "وأكدت", "أكد", TestName = "أكدت … أن")]
    [TestCase("وأفاد الناطق باسم الشرطة بأن المشتبه به اعتقل فجر اليوم في منزله.",
        "المشتبه به اعتقل فجر اليوم في منزله", "وأفاد", "أفاد", TestName = "أفاد … بأن")]
    [TestCase("وأوضح مدير المستشفى أنه استقبل عشرين مصابا خلال الليلة الماضية.",
        "استقبل عشرين مصابا خلال الليلة الماضية", "وأوضح", "أوضح", TestName = "أوضح … أنه")]
    [TestCase("وأشار وزير الخارجية إلى أن المفاوضات ستستأنف الأسبوع المقبل في جنيف.",
        "المفاوضات ستستأنف الأسبوع المقبل في جنيف", "وأشار", "أشار", TestName = "أشار … إلى أن")]
    [TestCase("وشدد رئيس الوزراء على أن الحكومة لن تتراجع عن الإصلاحات.",
        "الحكومة لن تتراجع عن الإصلاحات", "وشدد", "شدد", TestName = "شدد … على أن")]
    [TestCase("واكد وزير الزراعة ان الحكومة ستدعم المزارعين المتضررين من الجفاف.",
        "الحكومة ستدعم المزارعين المتضررين من الجفاف", "واكد", "أكد", TestName = "hamza-less اكد … ان")]
    [TestCase("وأكّدَ وزيرُ الزراعة أنّ الحكومةَ ستدعمُ المزارعين المتضررين من الجفاف.",
        "الحكومةَ ستدعمُ المزارعين المتضررين من الجفاف", "وأكّدَ", "أكد", TestName = "diacritics kept in the content and cue text")]
    [TestCase("ونفى المتحدث العسكري أن تكون القوات قد قصفت المستشفى.",
        "تكون القوات قد قصفت المستشفى", "ونفى", "نفى", TestName = "نفى … أن")]
    [TestCase("الشركة أكدت أن الرحلات نحو العاصمة ستستأنف صباح الغد.",
        "الرحلات نحو العاصمة ستستأنف صباح الغد", "أكدت", "أكد", TestName = "subject before the cue")]
    public void Content_follows_the_complementiser(string text, string content, string cue, string lemma)
    {
        Extraction.AssertQuotation(text, Extraction.Single(text), QuotationKind.Indirect, content, cue, lemma);
    }

    [Test]
    public void Content_stops_at_the_end_of_the_sentence()
    {
        const string text = "وقال وزير الزراعة إن الحكومة ستدعم المزارعين المتضررين من الجفاف. وشهدت الأسواق ارتفاعا في الأسعار.";
        Extraction.AssertQuotation(text, Extraction.Single(text), QuotationKind.Indirect, "الحكومة ستدعم المزارعين المتضررين من الجفاف", "وقال", "قال");
    }

    [Test]
    public void The_speaker_before_the_cue_is_attributed()
    {
        const string text = "الشركة أكدت أن الرحلات نحو العاصمة ستستأنف صباح الغد.";
        var q = Extraction.Single(text);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(q.Speaker?.Name, Is.EqualTo("الشركة"));
            Assert.That(q.Speaker?.Mention?.Text, Is.EqualTo("الشركة"));
        }
    }

    [Test]
    public void A_named_speaker_after_the_cue_is_attributed_with_title_and_mention()
    {
        const string text = "وقال المتحدث باسم الحكومة سامي عادل إن الأسعار ستنخفض خلال الأشهر المقبلة.";
        var q = Extraction.Single(text);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(q.Speaker?.Name, Is.EqualTo("سامي عادل"));
            Assert.That(q.Speaker?.Title, Is.EqualTo("المتحدث باسم الحكومة"));
            Assert.That(q.Speaker?.Mention?.Text, Is.EqualTo("المتحدث باسم الحكومة سامي عادل"));
        }
    }
}
