using QuoteExtract.Text;

namespace QuoteExtract.Tests.Text;

/// <summary>One golden assertion per normalization rule, through both overloads of <see cref="ArabicNormalizer.Normalize(string)"/>.</summary>
[TestFixture]
public class ArabicNormalizerTests
{
    private static readonly ArabicNormalizer Normalizer = ArabicNormalizer.Instance;

    [TestCase("كَتَبَ", "كتب", TestName = "fatha removed")]
    [TestCase("الوزيرُ", "الوزير", TestName = "damma removed")]
    [TestCase("بِلادِه", "بلاده", TestName = "kasra removed")]
    [TestCase("قُلْ", "قل", TestName = "sukun removed")]
    [TestCase("مشيراً", "مشيرا", TestName = "tanween fath removed")]
    [TestCase("كتابٌ", "كتاب", TestName = "tanween damm removed")]
    [TestCase("بشكلٍ", "بشكل", TestName = "tanween kasr removed")]
    [TestCase("شدّد", "شدد", TestName = "shadda removed")]
    [TestCase("إنّ", "ان", TestName = "shadda removed and hamza-below alef unified")]
    [TestCase("هٰذا", "هذا", TestName = "dagger alef removed")]
    [TestCase("الميدانيـــة", "الميدانيه", TestName = "tatweel removed")]
    [TestCase("أكد", "اكد", TestName = "alef with hamza above to bare alef")]
    [TestCase("إعلان", "اعلان", TestName = "alef with hamza below to bare alef")]
    [TestCase("آخر", "اخر", TestName = "alef madda to bare alef")]
    [TestCase("ٱلحمد", "الحمد", TestName = "alef wasla to bare alef")]
    [TestCase("على", "علي", TestName = "alef maqsura to ya")]
    [TestCase("ی", "ي", TestName = "Persian ya to Arabic ya")]
    [TestCase("ک", "ك", TestName = "Persian kaf to Arabic kaf")]
    [TestCase("الوزارة", "الوزاره", TestName = "ta marbuta to ha")]
    [TestCase("قال\u200F", "قال", TestName = "RLM removed")]
    [TestCase("\u200Eقال", "قال", TestName = "LRM removed")]
    [TestCase("قا\u061Cل", "قال", TestName = "ALM removed")]
    [TestCase("قا\u200Bل", "قال", TestName = "zero-width space removed")]
    [TestCase("قا\u200Cل", "قال", TestName = "zero-width non-joiner removed")]
    [TestCase("قا\u200Dل", "قال", TestName = "zero-width joiner removed")]
    [TestCase("\uFEFFقال", "قال", TestName = "byte order mark removed")]
    [TestCase("\u202Bقال\u202C", "قال", TestName = "bidi embedding removed")]
    [TestCase("\u2067قال\u2069", "قال", TestName = "bidi isolate removed")]
    [TestCase("قال\u00A0الوزير", "قال الوزير", TestName = "NBSP to space")]
    [TestCase("10\u202Fآلاف", "10 الاف", TestName = "narrow NBSP to space")]
    [TestCase("٢٠٢٤", "2024", TestName = "Arabic-Indic digits to ASCII")]
    [TestCase("۱۳۹۸", "1398", TestName = "Persian digits to ASCII")]
    [TestCase("٠١٢٣٤٥٦٧٨٩", "0123456789", TestName = "every Arabic-Indic digit")]
    [TestCase("۰۱۲۳۴۵۶۷۸۹", "0123456789", TestName = "every Persian digit")]
    [TestCase("Paris 2024", "Paris 2024", TestName = "Latin text and ASCII digits unchanged")]
    [TestCase("«قال»، ثم: غادر؟", "«قال»، ثم: غادر؟", TestName = "punctuation unchanged")]
    [TestCase("", "", TestName = "empty stays empty")]
    [TestCase("ًٌٍَُِّْ", "", TestName = "marks alone vanish")]
    public void Normalizes(string input, string expected)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Normalizer.Normalize(input), Is.EqualTo(expected), "string overload");
            Assert.That(Normalizer.Normalize(input.AsSpan()), Is.EqualTo(expected), "span overload");
            Assert.That(Normalizer.NormalizeWithMap(input).Normalized, Is.EqualTo(expected), "NormalizeWithMap");
        }
    }

    [Test]
    public void Span_overload_handles_text_longer_than_its_stack_buffer()
    {
        var input = string.Concat(Enumerable.Repeat("أكّدَ الوزيرُ ", 100));
        var expected = string.Concat(Enumerable.Repeat("اكد الوزير ", 100));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(input, Has.Length.GreaterThan(512));
            Assert.That(Normalizer.Normalize(input.AsSpan()), Is.EqualTo(expected));
        }
    }

    [Test]
    public void A_whole_news_sentence_normalizes_rule_by_rule()
    {
        const string input = "وأكّدَ وزيرُ الخارجيـة\u00A0أنّ «الاتفاقَ» سيوقّع في ٢٠٢٥\u200F.";
        Assert.That(Normalizer.Normalize(input), Is.EqualTo("واكد وزير الخارجيه ان «الاتفاق» سيوقع في 2025."));
    }

    [Test]
    public void Map_gives_the_replacement_of_one_character()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ArabicNormalizer.Map('أ'), Is.EqualTo('ا'));
            Assert.That(ArabicNormalizer.Map('\u064E'), Is.EqualTo('\0'), "a removed character maps to NUL");
            Assert.That(ArabicNormalizer.Map('ب'), Is.EqualTo('ب'));
        }
    }
}
