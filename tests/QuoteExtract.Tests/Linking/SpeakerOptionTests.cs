using QuoteExtract.Detection;
using QuoteExtract.Linking;
using QuoteExtract.Scoring;

namespace QuoteExtract.Tests.Linking;

/// <summary>
/// The linker offers every quotation its speaker options (the phrase next to the cue, the continuation, the
/// speaker quoted just before, and for a title without a name the people named near it), marks the rule choice,
/// and keeps it unless the scorer doubts it and is sure of another option.
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
    public void Another_option_displaces_the_rule_choice_when_the_scorer_doubts_it_and_is_sure_of_the_other()
    {
        var trace = Extractor.Run(Text, new PreferRecent(0.95), CancellationToken.None)!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(trace.Quotes[2].Speaker?.CanonicalName, Is.EqualTo("ماريا زاخاروفا"));
            Assert.That(trace.Quotes[2].SpeakerScore, Is.EqualTo(0.95));
        }
    }

    [Test]
    public void The_rule_choice_stays_when_the_scorer_is_not_sure_of_another_option()
    {
        var trace = Extractor.Run(Text, new PreferRecent(0.8), CancellationToken.None)!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(trace.Quotes[2].Speaker?.CanonicalName, Is.EqualTo("سيرغي لافروف"));
            Assert.That(trace.Quotes[2].SpeakerScore, Is.EqualTo(0.3));
        }
    }

    private const string Envoy = "وصل المبعوث الأممي هانس بيترسن إلى جنيف أمس.\n"
        + "وقال المبعوث الخاص للأمين العام إن جولة جديدة ستعقد الأسبوع المقبل.";

    [Test]
    public void A_title_without_a_name_is_offered_the_people_named_near_it()
    {
        var trace = Extractor.Run(Envoy, RuleScorer.Instance, CancellationToken.None)!;
        var quote = trace.Quotes.Single();
        var mention = quote.Options.Single(o => o.Source == SpeakerSource.Mention);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quote.Speaker?.CanonicalName, Is.EqualTo("المبعوث الخاص للأمين العام"), "the rules keep the title: the two differ");
            Assert.That(mention.Entity.CanonicalName, Is.EqualTo("هانس بيترسن"));
            Assert.That(mention.IsRuleChoice, Is.False);
            Assert.That(mention.SentencesSinceMentioned, Is.EqualTo(1));
            Assert.That(trace.Table.Entities.Select(e => e.CanonicalName), Does.Not.Contain("هانس بيترسن"), "an option joins the speakers only when chosen");
        }
    }

    [Test]
    public void A_chosen_mention_becomes_the_speaker_and_the_words_next_to_the_cue_name_it()
    {
        var trace = Extractor.Run(Envoy, new PreferMention(), CancellationToken.None)!;
        var speaker = trace.Quotes.Single().Speaker;
        var cuePhrase = trace.Quotes.Single().Candidate.Phrase!;
        int phraseStart = trace.Document.Tokens[cuePhrase.First].Start;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(speaker?.CanonicalName, Is.EqualTo("هانس بيترسن"));
            Assert.That(trace.Table.Entities, Does.Contain(speaker));
            Assert.That(speaker!.Mentions.Select(m => m.Start), Does.Contain(phraseStart));
        }
    }

    private sealed class PreferMention : ICandidateScorer
    {
        public double ScoreQuote(DocumentContext doc, QuoteCandidate candidate) => candidate.RuleScore;

        public double ScoreSpeaker(DocumentContext doc, QuoteCandidate candidate, SpeakerOption option) =>
            option.Source == SpeakerSource.Mention ? 0.95 : 0.3;
    }

    /// <summary>Accepts what the rules accept, doubts every speaker option but a recent speaker, and grades that one <paramref name="recent"/>.</summary>
    private sealed class PreferRecent(double recent) : ICandidateScorer
    {
        public double ScoreQuote(DocumentContext doc, QuoteCandidate candidate) => candidate.RuleScore;

        public double ScoreSpeaker(DocumentContext doc, QuoteCandidate candidate, SpeakerOption option) =>
            option.Source == SpeakerSource.Recent ? recent : 0.3;
    }
}
