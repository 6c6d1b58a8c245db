using QuoteExtract.Lexicon;
using QuoteExtract.Text;

namespace QuoteExtract.Tests.Lexicon;

/// <summary><see cref="WordList"/>: single words through their clitic readings, phrases word by word, the longest first.</summary>
[TestFixture]
public class WordListTests
{
    [TestCase("الولايات المتحدة الأمريكية تعلن", 3, TestName = "three-word place before a verb")]
    [TestCase("الولايات المتحدة تعلن", 2, TestName = "two-word place, the longer entry does not fit")]
    [TestCase("بالولايات المتحدة الأميركية", 3, TestName = "place with ب attached, second spelling")]
    [TestCase("وكوريا الجنوبية", 2, TestName = "place with و attached")]
    [TestCase("كوريا واليابان", 1, TestName = "single word where a phrase might start")]
    [TestCase("المملكة العربية السعودية", 3, TestName = "ة normalized in every word")]
    [TestCase("والقاهرة", 1, TestName = "single word with و")]
    [TestCase("موسكو-سانا", 1, TestName = "place before a dash")]
    [TestCase("جنوب البلاد", 0, TestName = "first word of a phrase alone is no place")]
    [TestCase("الوزير", 0, TestName = "not a place")]
    public void Matches_places(string text, int words)
    {
        var tokens = ArabicTokenizer.Instance.Analyze(text).Tokens;
        Assert.That(ArabicLexicon.Default.Places.MatchAt(tokens, 0), Is.EqualTo(words));
    }

    [TestCase("والوزارة", true, TestName = "organisation head with و and the article")]
    [TestCase("لوزارة", true, TestName = "organisation head with ل")]
    [TestCase("وزاري", false, TestName = "an adjective from the same root")]
    public void Contains_matches_through_clitic_readings(string word, bool expected)
    {
        var token = ArabicTokenizer.Instance.Analyze(word).Tokens[0];
        Assert.That(ArabicLexicon.Default.OrganisationHeads.Contains(token), Is.EqualTo(expected));
    }

    [Test]
    public void Match_returns_the_reading_that_was_found()
    {
        var token = ArabicTokenizer.Instance.Analyze("وبالوزارة").Tokens[0];
        var reading = ArabicLexicon.Default.OrganisationHeads.Match(token);
        Assert.That(reading, Is.EqualTo(new CliticAnalysis('و', 'ب', true, "وزاره")));
    }

    [Test]
    public void ContainsExact_does_not_strip_clitics()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ArabicLexicon.Default.OrganisationHeads.ContainsExact("وزاره"), Is.True);
            Assert.That(ArabicLexicon.Default.OrganisationHeads.ContainsExact("الوزاره"), Is.False);
        }
    }
}
