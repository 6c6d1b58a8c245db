using QuoteExtract.Detection;
using QuoteExtract.Linking;

namespace QuoteExtract.Scoring;

/// <summary>
/// Grades with the trained models, evaluated straight from their weights: the cue classifier gives each
/// quotation its probability and the speaker ranker chooses between speaker options and gives theirs; without
/// <paramref name="rankSpeakers"/> the speaker is the rules' choice and only the cue classifier is learned.
/// </summary>
internal sealed class LearnedScorer(QuoteModel model, bool rankSpeakers = true) : ICandidateScorer
{
    /// <summary>
    /// The cue classifier's calibrated probability. A noun-phrase object (<c>أبدى قلقه</c> against <c>أعلن إطلاق هاتف</c>)
    /// is the classifier's to decide; elsewhere the probability is kept on the side of the rule decision, since allowed
    /// to veto what the rules accept (below 0.25) and admit what they reject (from 0.9) it lowered end-to-end F1 on
    /// held-out articles (docs/model-card.md).
    /// </summary>
    public double ScoreQuote(DocumentContext doc, QuoteCandidate candidate)
    {
        double p = model.Quote.Probability(QuoteFeatures.Extract(doc, candidate));
        if (candidate.Introducer.Kind == IntroducerKind.Object) return p;
        return candidate.RuleScore >= RuleScorer.Threshold ? Math.Max(p, RuleScorer.Threshold) : Math.Min(p, RuleScorer.Threshold - 0.01);
    }

    public double ScoreSpeaker(DocumentContext doc, QuoteCandidate candidate, SpeakerOption option) => rankSpeakers
        ? model.Speaker.Probability(SpeakerFeatures.Extract(doc, candidate, option))
        : RuleScorer.Instance.ScoreSpeaker(doc, candidate, option);
}
