using QuoteExtract.Detection;
using QuoteExtract.Linking;
using QuoteExtract.Scoring;

namespace QuoteExtract.Tests.Linking;

/// <summary>
/// The linker offers every quotation its speaker options (the phrase next to the cue, the continuation, the
/// speaker quoted just before), marks the rule choice, and keeps the option the scorer grades best.
/// </summary>
[TestFixture]
public class SpeakerOptionTests
{
    private const string Text = "وقال وزير الخارجية سيرغي لافروف إن موسكو مستعدة للحوار.\n"
        + "وقالت المتحدثة باسم الوزارة ماريا زاخاروفا إن الاجتماع سيعقد الأسبوع المقبل.\n"
        + "وأضاف أن بلاده لن تقبل بأي شروط مسبقة.";

    private static readonly QuoteExtractor Extractor = new(new QuoteExtractorOptions { UseModels = false });

    [Test]
    public void A_continuation_is_offered_with_the_recent_speakers_and_the_rules_choose_the_agreeing_one()
    {
        var trace = Extractor.Run(Text, RuleScorer.Instance, CancellationToken.None)!;
        Assert.That(trace.Quotes, Has.Count.EqualTo(3));
        var last = trace.Quotes[2];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(last.Options.Select(o => o.Source), Is.EqualTo(new[] { SpeakerSource.Continuation, SpeakerSource.Recent }));
            Assert.That(last.Options.Single(o => o.IsRuleChoice).Entity.CanonicalName, Is.EqualTo("سيرغي لافروف"), "وأضاف agrees with the masculine speaker");
            Assert.That(last.Speaker?.CanonicalName, Is.EqualTo("سيرغي لافروف"));
            Assert.That(last.SpeakerScore, Is.EqualTo(1.0));
            Assert.That(last.Options.Single(o => o.Source == SpeakerSource.Recent).SentencesSinceQuoted, Is.EqualTo(1));
        }
    }

    [Test]
    public void A_phrase_next_to_the_cue_is_the_rule_choice()
    {
        var trace = Extractor.Run(Text, RuleScorer.Instance, CancellationToken.None)!;
        var second = trace.Quotes[1];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.Options[0].Source, Is.EqualTo(SpeakerSource.Phrase));
            Assert.That(second.Options[0].IsRuleChoice, Is.True);
            Assert.That(second.Options.Skip(1).All(o => !o.IsRuleChoice), Is.True);
            Assert.That(second.Speaker?.CanonicalName, Is.EqualTo("ماريا زاخاروفا"));
        }
    }

    [Test]
    public void The_linker_keeps_the_option_the_scorer_grades_best()
    {
        var trace = Extractor.Run(Text, new PreferRecent(), CancellationToken.None)!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(trace.Quotes[2].Speaker?.CanonicalName, Is.EqualTo("ماريا زاخاروفا"));
            Assert.That(trace.Quotes[2].SpeakerScore, Is.EqualTo(0.8));
        }
    }

    /// <summary>Accepts what the rules accept and grades a recent speaker above the rule choice.</summary>
    private sealed class PreferRecent : ICandidateScorer
    {
        public double ScoreQuote(DocumentContext doc, QuoteCandidate candidate) => candidate.RuleScore;

        public double ScoreSpeaker(DocumentContext doc, QuoteCandidate candidate, SpeakerOption option) =>
            option.Source == SpeakerSource.Recent ? 0.8 : 0.6;
    }
}
