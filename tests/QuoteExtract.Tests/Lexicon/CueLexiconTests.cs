using QuoteExtract.Lexicon;
using QuoteExtract.Text;

namespace QuoteExtract.Tests.Lexicon;

/// <summary>Cue lookup on tokens: و/ف prefixes, hamza-less and tanween-less spellings, multi-word cues, agreement and type.</summary>
[TestFixture]
public class CueLexiconTests
{
    [TestCase("قال", "قال", CueClass.Say, '\0', TestName = "قال as written")]
    [TestCase("وقال", "قال", CueClass.Say, 'و', TestName = "و prefix")]
    [TestCase("فقال", "قال", CueClass.Say, 'ف', TestName = "ف prefix")]
    [TestCase("أكد", "أكد", CueClass.Assert, '\0', TestName = "أكد with hamza")]
    [TestCase("اكد", "أكد", CueClass.Assert, '\0', TestName = "اكد without hamza")]
    [TestCase("وأعلنت", "أعلن", CueClass.Announce, 'و', TestName = "وأعلنت with hamza")]
    [TestCase("واعلنت", "أعلن", CueClass.Announce, 'و', TestName = "واعلنت without hamza")]
    [TestCase("مشيراً", "أشار", CueClass.Point, '\0', TestName = "مشيراً with tanween")]
    [TestCase("مشيرا", "أشار", CueClass.Point, '\0', TestName = "مشيرا without tanween")]
    [TestCase("مشيـراً", "أشار", CueClass.Point, '\0', TestName = "مشيـراً with tatweel")]
    [TestCase("وأوضحت", "أوضح", CueClass.Explain, 'و', TestName = "وأوضحت")]
    [TestCase("حذّر", "حذر", CueClass.Warn, '\0', TestName = "حذّر with shadda")]
    [TestCase("ونفى", "نفى", CueClass.Deny, 'و', TestName = "ونفى with alef maqsura")]
    [TestCase("ونفي", "نفى", CueClass.Deny, 'و', TestName = "ونفي spelled with ya")]
    [TestCase("ودعا", "دعا", CueClass.Call, 'و', TestName = "ودعا")]
    public void Finds_a_single_word_cue(string word, string lemma, CueClass cueClass, char conjunction)
    {
        var match = MatchFirst(word);
        Assert.That(match, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(match!.Entry.Lemma, Is.EqualTo(lemma));
            Assert.That(match.Entry.Class, Is.EqualTo(cueClass));
            Assert.That(match.Conjunction, Is.EqualTo(conjunction));
            Assert.That(match.End - match.First, Is.EqualTo(1));
        }
    }

    [TestCase("قال", Agreement.Masculine, CueType.Verb, TestName = "قال masculine verb")]
    [TestCase("قالت", Agreement.Feminine, CueType.Verb, TestName = "قالت feminine verb")]
    [TestCase("وقالوا", Agreement.MasculinePlural, CueType.Verb, TestName = "وقالوا masculine plural verb")]
    [TestCase("مشيرا", Agreement.Masculine, CueType.Participle, TestName = "مشيرا masculine participle")]
    [TestCase("مشيرة", Agreement.Feminine, CueType.Participle, TestName = "مشيرة feminine participle")]
    [TestCase("مشيرين", Agreement.MasculinePlural, CueType.Participle, TestName = "مشيرين masculine plural participle")]
    [TestCase("بحسب", Agreement.None, CueType.According, TestName = "بحسب according-to")]
    public void Knows_the_agreement_and_type_of_a_form(string word, Agreement agreement, CueType type)
    {
        var match = MatchFirst(word);
        Assert.That(match, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(match!.Entry.Agreement, Is.EqualTo(agreement));
            Assert.That(match.Entry.Type, Is.EqualTo(type));
        }
    }

    [TestCase("حديثه", "حديث", TestName = "حديثه with the pronoun")]
    [TestCase("نادى", "نادى", TestName = "نادى with alef maqsura")]
    [TestCase("ورأي", "رأى", TestName = "رأى written with ya after و")]
    public void The_listed_spelling_still_matches(string text, string lemma)
    {
        Assert.That(MatchFirst(text)?.Entry.Lemma, Is.EqualTo(lemma));
    }

    [TestCase("تبين أن", TestName = "تبين")]
    [TestCase("يثبت أن", TestName = "يثبت")]
    [TestCase("وتبين أن", TestName = "وتبين")]
    public void Perception_verbs_are_listed_as_perception(string text)
    {
        Assert.That(MatchFirst(text)?.Entry.Class, Is.EqualTo(CueClass.Perception));
    }

    [TestCase("في تصريح صحفي أمس", 3, "تصريح", CueType.Noun, TestName = "في تصريح صحفي (longest form)")]
    [TestCase("في تصريح أمس", 2, "تصريح", CueType.Noun, TestName = "في تصريح")]
    [TestCase("بحسب ما أفاد", 2, "حسب", CueType.According, TestName = "بحسب ما")]
    [TestCase("وبحسب ما أفاد", 2, "حسب", CueType.According, TestName = "وبحسب ما")]
    [TestCase("نقلاً عن مصادر", 2, "نقل", CueType.According, TestName = "نقلاً عن")]
    [TestCase("على حد تعبيره", 3, "حد", CueType.According, TestName = "على حد تعبيره")]
    [TestCase("وفقاً لما ذكرته", 2, "وفق", CueType.According, TestName = "وفقاً لما")]
    public void Finds_the_longest_multi_word_cue(string text, int words, string lemma, CueType type)
    {
        var match = MatchFirst(text);
        Assert.That(match, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(match!.End - match.First, Is.EqualTo(words));
            Assert.That(match.Entry.Lemma, Is.EqualTo(lemma));
            Assert.That(match.Entry.Type, Is.EqualTo(type));
        }
    }

    [TestCase("الوزير", TestName = "a noun")]
    [TestCase("في", TestName = "a preposition")]
    [TestCase("وزير", TestName = "a word starting with و that is no cue")]
    [TestCase("«", TestName = "punctuation")]
    [TestCase("2024", TestName = "a number")]
    [TestCase("نادي الهلال", TestName = "نادي (club), which normalizes like نادى (called)")]
    [TestCase("رأي الخبراء", TestName = "رأي (opinion), which normalizes like رأى (saw)")]
    [TestCase("حديثة", TestName = "حديثة (recent), which normalizes like حديثه (his talk)")]
    public void Finds_nothing_in_a_non_cue(string text)
    {
        Assert.That(MatchFirst(text), Is.Null);
    }

    [TestCase("دعا", "الي", TestName = "دعا إلى")]
    [TestCase("شدد", "علي", TestName = "شدد على")]
    [TestCase("أعرب", "عن", TestName = "أعرب عن")]
    public void Knows_the_preposition_that_opens_content(string word, string preposition)
    {
        Assert.That(MatchFirst(word)!.Entry.TakesPreposition(preposition), Is.True);
    }

    [Test]
    public void Matches_at_a_token_inside_a_sentence()
    {
        var tokens = ArabicTokenizer.Instance.Analyze("والتقى الوفد ثم صرح رئيسه").Tokens;
        var match = ArabicLexicon.Default.Cues.MatchAt(tokens, 3);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(match?.Entry.Lemma, Is.EqualTo("صرح"));
            Assert.That(match?.First, Is.EqualTo(3));
            Assert.That(ArabicLexicon.Default.Cues.MatchAt(tokens, 2), Is.Null);
        }
    }

    private static CueMatch? MatchFirst(string text) =>
        ArabicLexicon.Default.Cues.MatchAt(ArabicTokenizer.Instance.Analyze(text).Tokens, 0);
}
