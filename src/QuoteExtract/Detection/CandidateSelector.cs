using QuoteExtract.Lexicon;

namespace QuoteExtract.Detection;

/// <summary>
/// Keeps the candidates that clear the threshold and resolves overlaps: two candidates whose
/// contents overlap by more than half of the shorter are one quotation (the better by the rules, then one
/// that is not a noun cue without a speaker (في كلمة beside وقال الوزير), then the one with the stronger cue,
/// then the first, wins); a candidate whose cue lies inside another kept quotation's content is a report nested
/// in that quotation and is dropped.
/// </summary>
internal static class CandidateSelector
{
    public static List<QuoteCandidate> Select(IEnumerable<QuoteCandidate> candidates, double threshold)
    {
        var ranked = candidates.Where(c => c.Score >= threshold)
            .OrderByDescending(c => c.RuleScore)
            .ThenBy(c => c.Type == CueType.Noun && c.Phrase is null)
            .ThenBy(c => CueRank(c))
            .ThenBy(c => c.CueFirst)
            .ToList();
        var kept = new List<QuoteCandidate>();
        foreach (var c in ranked)
        {
            bool clash = kept.Any(k => Overlap(k, c) * 2 > Math.Min(Length(k), Length(c)) || NestedIn(c, k));
            if (!clash) kept.Add(c);
        }
        kept.RemoveAll(c => kept.Any(k => k != c && NestedIn(c, k)));
        kept.Sort((a, b) => a.ContentFirst != b.ContentFirst ? a.ContentFirst.CompareTo(b.ContentFirst) : a.CueFirst.CompareTo(b.CueFirst));
        return kept;
    }

    private static int CueRank(QuoteCandidate c) => c.Type switch
    {
        CueType.Verb => 0,
        CueType.Colon => 1,
        CueType.Participle => 2,
        CueType.According => 3,
        _ => 4,
    };

    private static bool NestedIn(QuoteCandidate inner, QuoteCandidate outer) =>
        inner.CueFirst >= outer.ContentFirst && inner.CueEnd <= outer.ContentEnd && inner.ContentFirst >= outer.ContentFirst;

    private static int Length(QuoteCandidate c) => c.ContentEnd - c.ContentFirst;

    private static int Overlap(QuoteCandidate a, QuoteCandidate b) =>
        Math.Max(0, Math.Min(a.ContentEnd, b.ContentEnd) - Math.Max(a.ContentFirst, b.ContentFirst));
}
