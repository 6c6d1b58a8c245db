using QuoteExtract.Lexicon;

namespace QuoteExtract.Tests.Lexicon;

/// <summary>The lexicon embedded in the library loads once, with every list filled.</summary>
[TestFixture]
public class ArabicLexiconTests
{
    [Test]
    public void Default_is_loaded_once_and_shared()
    {
        var first = ArabicLexicon.Default;
        var second = Task.Run(() => ArabicLexicon.Default).Result;
        Assert.That(second, Is.SameAs(first));
    }

    [Test]
    public void Every_list_has_a_non_trivial_number_of_entries()
    {
        var lexicon = ArabicLexicon.Default;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(lexicon.Cues.Count, Is.GreaterThan(2000), "cue forms");
            Assert.That(lexicon.TitleHeads.Count, Is.GreaterThan(200), "title heads");
            Assert.That(lexicon.Ranks.Count, Is.GreaterThan(80), "ranks");
            Assert.That(lexicon.Nationalities.Count, Is.GreaterThan(1500), "nationality forms");
            Assert.That(lexicon.Places.Count, Is.GreaterThan(500), "places");
            Assert.That(lexicon.OrganisationHeads.Count, Is.GreaterThan(100), "organisation heads");
            Assert.That(lexicon.UnnamedSourceHeads.Count, Is.GreaterThan(50), "unnamed source heads");
            Assert.That(lexicon.ReportHeads.Count, Is.GreaterThan(40), "report heads");
            Assert.That(lexicon.GivenNames.Count, Is.GreaterThan(1000), "given names");
            Assert.That(lexicon.PhraseBreakers.Count, Is.GreaterThan(150), "phrase breakers");
            Assert.That(lexicon.SwitchOpeners.Count, Is.GreaterThan(40), "switch openers");
        }
    }

    [TestCase("وزير", TestName = "title head وزير")]
    [TestCase("متحدث", TestName = "title head متحدث")]
    public void Title_heads_are_stored_normalized(string head)
    {
        Assert.That(ArabicLexicon.Default.TitleHeads.ContainsExact(head), Is.True);
    }

    [TestCase("روسي", TestName = "masculine")]
    [TestCase("روسيه", TestName = "feminine (ة normalized)")]
    [TestCase("روسيون", TestName = "masculine plural nominative")]
    [TestCase("روسيين", TestName = "masculine plural oblique")]
    [TestCase("روسيتان", TestName = "feminine dual")]
    public void Nationalities_are_expanded_to_their_forms(string form)
    {
        Assert.That(ArabicLexicon.Default.Nationalities.ContainsExact(form), Is.True);
    }

    [TestCase("العميد")]
    [TestCase("الدكتور")]
    public void Ranks_hold_honorifics_with_the_article(string rank)
    {
        Assert.That(ArabicLexicon.Default.Ranks.ContainsExact(rank), Is.True);
    }
}
