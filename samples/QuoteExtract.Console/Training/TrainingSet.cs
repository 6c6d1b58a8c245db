using QuoteExtract.Evaluation;
using QuoteExtract.Scoring;

namespace QuoteExtract.Console.Training;

/// <summary>
/// Turns gold documents into labelled feature rows: every quotation candidate of the rule pipeline
/// (positive when its content matches a gold quotation at ≥ 50% mutual overlap, as the scorer matches)
/// and every speaker option of a matched quotation (positive when its canonical name is the gold one).
/// </summary>
internal sealed class TrainingSet
{
    public List<FeatureRow> Quotes { get; } = [];

    public List<FeatureRow> Speakers { get; } = [];

    public static TrainingSet Build(IEnumerable<GoldDocument> documents)
    {
        var set = new TrainingSet();
        var extractor = new QuoteExtractor(new QuoteExtractorOptions { UseModels = false });
        foreach (var gold in documents)
        {
            var trace = extractor.Run(gold.Text, RuleScorer.Instance, CancellationToken.None);
            if (trace is null) continue;
            var tokens = trace.Document.Tokens;
            foreach (var c in trace.Candidates)
            {
                var span = (tokens[c.ContentFirst].Start, tokens[c.ContentEnd - 1].End);
                set.Quotes.Add(new FeatureRow { Label = BestMatch(gold, span) is not null, Features = QuoteFeatures.Extract(trace.Document, c) });
            }
            foreach (var q in trace.Quotes)
            {
                var span = (tokens[q.Candidate.ContentFirst].Start, tokens[q.Candidate.ContentEnd - 1].End);
                if (BestMatch(gold, span) is not { } g) continue;
                var goldName = ScoreNormalizer.Normalize(g.Speaker);
                foreach (var option in q.Options)
                {
                    var name = ScoreNormalizer.Normalize(option.Entity.CanonicalName);
                    set.Speakers.Add(new FeatureRow
                    {
                        Label = name.Length > 0 && name == goldName,
                        Features = SpeakerFeatures.Extract(trace.Document, q.Candidate, option),
                    });
                }
            }
        }
        return set;
    }

    /// <summary>The gold quotation that matches the span as the scorer matches, the best overlap first.</summary>
    private static GoldQuote? BestMatch(GoldDocument gold, (int Start, int End) span)
    {
        GoldQuote? best = null;
        double bestRatio = 0;
        foreach (var g in gold.Quotes)
        {
            if (g.MatchRatio(span.Start, span.End) is double ratio && ratio > bestRatio) (best, bestRatio) = (g, ratio);
        }
        return best;
    }
}
