using QuoteExtract.Detection;
using QuoteExtract.Lexicon;
using QuoteExtract.Linking;
using QuoteExtract.Records;

namespace QuoteExtract.Scoring;

/// <summary>
/// The rule decision: a candidate is a quotation when its cue is a speech act (not perception, not
/// negated) and its content is opened by the evidence that cue type needs.
/// </summary>
internal sealed class RuleScorer : ICandidateScorer
{
    public static RuleScorer Instance { get; } = new();

    /// <summary>The rule decision: a candidate scored at least this is a quotation.</summary>
    public const double Threshold = 0.5;

    public double ScoreQuote(DocumentContext doc, QuoteCandidate c)
    {
        if (c.Class == CueClass.Perception || c.Negated) return 0.05;
        int words = c.ContentEnd - c.ContentFirst;
        if (words < 2) return 0.1;
        return c.Introducer.Kind switch
        {
            IntroducerKind.Complementiser => c.Type == CueType.Noun && c.Phrase is null ? 0.55 : 0.9,
            IntroducerKind.QuoteMark => words >= 3 ? 0.9 : 0.3,
            IntroducerKind.Colon => 0.85,
            IntroducerKind.Preposition => c.Type == CueType.Noun ? 0.2 : 0.75,
            IntroducerKind.ContentBefore when c.Type == CueType.According => c.Phrase is null ? 0.3 : 0.65,
            IntroducerKind.ContentBefore => c.Phrase is null ? 0.3 : c.Kind == QuotationKind.Direct ? 0.85 : 0.7,
            IntroducerKind.ContentAfterSource => c.Phrase is null ? 0.3 : 0.7,
            IntroducerKind.HeadlineColon => 0.8,
            IntroducerKind.Object => 0.4,
            _ => 0.5,
        };
    }

    /// <summary>The rules keep their own choice (the phrase next to the cue, else the continuation) and count it as certain.</summary>
    public double ScoreSpeaker(DocumentContext doc, QuoteCandidate candidate, SpeakerOption option) => option.IsRuleChoice ? 1.0 : 0.0;
}
