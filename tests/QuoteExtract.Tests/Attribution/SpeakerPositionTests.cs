using QuoteExtract.Tests.Detection;

namespace QuoteExtract.Tests.Attribution;

/// <summary>
/// Where the speaker stands relative to its cue: after it, before it in a subject-first clause, before a
/// relative pronoun, in the genitive of a noun cue; and which words next to a cue are not the speaker.
/// The rules decide the quotations here, so that only attribution is under test.
/// </summary>
[TestFixture]
public class SpeakerPositionTests
{
    private static readonly QuoteExtractor RulesOnly = new(new QuoteExtractorOptions { UseModels = false });

    [TestCase("وكانت صحيفة «كوميرسانت» الروسية قد توقعت أن تشهد الأزمة انعطافة مفاجئة.", "صحيفة كوميرسانت الروسية", TestName = "كان + subject + قد + verb")]
    [TestCase("أما صحيفة \"الجارديان\" البريطانية فأكدت في تقرير أن الهجمات موجهة ضد السلطات.", "صحيفة الجارديان البريطانية", TestName = "أما + subject + ف-verb")]
    [TestCase("صحيفة \"نيويورك تايمز\" الأميركية من جانبها قالت إنها المرة الأولى التي يحدث فيها ذلك.", "صحيفة نيويورك تايمز الأميركية", TestName = "subject + switch opener + verb")]
    [TestCase("كان وزير الخارجية القطري خالد العطية قال في مقابلة مع قناة فضائية إن بلاده مستعدة للتوسط.", "خالد العطية", TestName = "كان + subject + verb + circumstance")]
    [TestCase("نشر الموقع تصريحا لرئيس النادي كريستيان بيك، الذي أعلن أنه فوجئ بالاتهامات.", "كريستيان بيك", TestName = "antecedent of الذي")]
    [TestCase("وعلى الرغم من تأكيد لافروف على أن النهج سيدعم المصالحة، قال لافروف إن الطريق طويل.", "لافروف", TestName = "genitive after a noun cue")]
    [TestCase("وأطلق المنشد الجزائري كريم سعدي أنشودة جديدة عن القدس. وأكد هذا الأخير أنه سعيد بهذا العمل.", "كريم سعدي", TestName = "هذا الأخير is the person named last")]
    public void Finds_the_speaker(string text, string speaker)
    {
        var result = RulesOnly.Extract(text);
        Assert.That(result.Quotations, Is.Not.Empty, () => Extraction.Describe(result));
        Assert.That(result.Quotations[0].Speaker?.Name, Is.EqualTo(speaker), () => Extraction.Describe(result));
    }

    [TestCase("وعد زملاءه في الحرس البلدي بتقليد أربعة أصوات، مضيفا أنه سيصدر ألبوما قريبا.", "زملاءه", TestName = "a noun with a possessive is not a name")]
    [TestCase("ويتهم محتجون ومصريون عاديون مبارك بأنه قاد نظاما فاسدا. وقال مبارك إنه بريء. ونفى مبارك ذلك.", "محتجون ومصريون عاديون مبارك", TestName = "the object after an unnamed source is not part of it")]
    [TestCase("ورحب خبراء الصندوق باستهداف برنامج الإسكان لمن هم في أمس الحاجة إليه.", "خبراء الصندوق باستهداف برنامج", TestName = "the preposition the verb governs ends the subject")]
    public void Does_not_take_the_object_into_the_speaker(string text, string wrong)
    {
        var result = RulesOnly.Extract(text);
        Assert.That(result.Quotations.Select(q => q.Speaker?.Name), Has.None.EqualTo(wrong), () => Extraction.Describe(result));
        Assert.That(result.Quotations.Select(q => q.Speaker?.Mention?.Text), Has.None.EqualTo(wrong), () => Extraction.Describe(result));
    }
}
