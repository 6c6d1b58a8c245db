using QuoteExtract.Text;

namespace QuoteExtract.Tests.Text;

/// <summary>
/// <see cref="Clitics.Analyze"/>: the readings of a normalized word as conjunction + preposition + article + stem,
/// written as <c>conj+prep+ال+stem</c> with absent parts left out.
/// </summary>
[TestFixture]
public class CliticsTests
{
    [TestCase("وقال", "و+قال", TestName = "conjunction و before a verb")]
    [TestCase("فاكد", "ف+اكد", TestName = "conjunction ف before a verb")]
    [TestCase("بالوزاره", "ب+ال+وزاره", TestName = "preposition ب with the article")]
    [TestCase("للامم", "ل+ال+امم", TestName = "preposition ل fused with the article (لل)")]
    [TestCase("والرئيس", "و+ال+رئيس", TestName = "conjunction with the article")]
    [TestCase("وبالوزاره", "و+ب+ال+وزاره", TestName = "conjunction, preposition and article")]
    [TestCase("كالعاده", "ك+ال+عاده", TestName = "preposition ك with the article")]
    [TestCase("الوزير", "ال+وزير", TestName = "article alone")]
    [TestCase("لوزير", "ل+وزير", TestName = "preposition ل without the article")]
    public void Offers_the_reading(string word, string reading)
    {
        Assert.That(Clitics.Analyze(word).Select(Describe), Does.Contain(reading));
    }

    [TestCase("وقال")]
    [TestCase("بالوزاره")]
    [TestCase("للامم")]
    [TestCase("والرئيس")]
    [TestCase("وزير")]
    [TestCase("ليبيا")]
    public void The_bare_word_comes_first(string word)
    {
        var readings = Clitics.Analyze(word);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(readings[0].IsBare, Is.True);
            Assert.That(readings[0].Stem, Is.EqualTo(word));
            Assert.That(readings.Skip(1).Select(r => r.IsBare), Has.None.True, "only one bare reading");
        }
    }

    [Test]
    public void Readings_with_fewer_removals_come_before_readings_with_more()
    {
        var readings = Clitics.Analyze("والرئيس").Select(Describe).ToList();
        Assert.That(readings, Is.EqualTo(new[] { "والرئيس", "و+الرئيس", "و+ال+رئيس" }));
    }

    [TestCase("وقال", "و+قال")]
    [TestCase("بالوزاره", "ب+ال+وزاره")]
    public void Readings_are_listed_in_full(string word, string stripped)
    {
        Assert.That(Clitics.Analyze(word).Select(Describe).ToList(), Has.Member(word).And.Member(stripped));
    }

    [TestCase("قال", TestName = "a three-letter verb keeps its letters")]
    [TestCase("ولد", TestName = "a stem would be shorter than two letters")]
    [TestCase("في", TestName = "a particle")]
    public void Short_words_have_only_the_bare_reading(string word)
    {
        Assert.That(Clitics.Analyze(word).Select(Describe), Is.EqualTo(new[] { word }));
    }

    private static string Describe(CliticAnalysis a)
    {
        var parts = new List<string>();
        if (a.Conjunction != '\0') parts.Add(a.Conjunction.ToString());
        if (a.Preposition != '\0') parts.Add(a.Preposition.ToString());
        if (a.HasArticle) parts.Add("ال");
        parts.Add(a.Stem);
        return string.Join('+', parts);
    }
}
