using QuoteExtract.Detection;
using QuoteExtract.Linking;

namespace QuoteExtract.Scoring;

/// <summary>
/// Decides with the trained models, evaluated straight from their weights; without <paramref name="rankSpeakers"/>
/// the speaker is the rules' choice and only the cue classifier is learned.
/// </summary>
internal sealed class LearnedScorer(QuoteModel model, bool rankSpeakers = true) : ICandidateScorer
{
    /// <summary>Below this probability the model vetoes a candidate the rules accept.</summary>
    private const double Veto = 0.25;

    /// <summary>At or above this probability the model admits a candidate the rules reject.</summary>
    private const double Admit = 0.9;

    /// <summary>
    /// The model's probability, used as a correction of the rule decision: it can veto what the rules
    /// accept and admit what they reject only when it is confident; otherwise the rule decision stands.
    /// </summary>
    public double ScoreQuote(DocumentContext doc, QuoteCandidate candidate)
    {
        double p = model.Quote.Probability(QuoteFeatures.Extract(doc, candidate));
        bool rule = candidate.RuleScore >= 0.5;
        return rule ? (p < Veto ? p : Math.Max(p, 0.5)) : (p >= Admit ? p : Math.Min(p, 0.49));
    }

    public double ScoreSpeaker(DocumentContext doc, QuoteCandidate candidate, SpeakerOption option) => rankSpeakers
        ? model.Speaker.Probability(SpeakerFeatures.Extract(doc, candidate, option))
        : RuleScorer.Instance.ScoreSpeaker(doc, candidate, option);
}
