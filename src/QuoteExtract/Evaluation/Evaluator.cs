using QuoteExtract.Records;

namespace QuoteExtract.Evaluation;

/// <summary>
/// Scores predicted quotations against gold ones exactly as the corpus's reference scorer does:
/// a prediction matches a gold quotation when each covers at least half of the other, one-to-one,
/// best overlap first; speakers compare after <see cref="ScoreNormalizer"/>.
/// </summary>
public static class Evaluator
{
    private static readonly char[] s_trim = [' ', '.', '،', ',', '"', '“', '”', '«', '»'];

    public static EvaluationReport Score(IReadOnlyList<GoldDocument> gold, IReadOnlyDictionary<string, ExtractionResult> predictions)
    {
        int goldCount = 0, predCount = 0, matched = 0, exact = 0, speakerOk = 0, surnameOk = 0, titleGold = 0, titleOk = 0, kindOk = 0, cueGold = 0, cueOk = 0, offsetErrors = 0;
        var errors = new List<string>();
        foreach (var doc in gold)
        {
            var text = doc.Text;
            var preds = predictions.TryGetValue(doc.Id, out var r) ? r.Quotations : [];
            var ps = new List<Quotation>();
            foreach (var p in preds)
            {
                if (p.Content.Start < 0 || p.Content.End > text.Length || p.Content.Start > p.Content.End)
                {
                    offsetErrors++;
                    errors.Add($"{doc.Id}: bad content offsets {p.Content.Start}..{p.Content.End}");
                    continue;
                }
                if (text[p.Content.Start..p.Content.End] != p.Content.Text)
                {
                    offsetErrors++;
                    errors.Add($"{doc.Id}: content text differs from original at {p.Content.Start}..{p.Content.End}");
                }
                ps.Add(p);
            }
            goldCount += doc.Quotes.Count;
            predCount += ps.Count;
            var pairs = new List<(double Ratio, int G, int P)>();
            for (int gi = 0; gi < doc.Quotes.Count; gi++)
            {
                for (int pi = 0; pi < ps.Count; pi++)
                {
                    if (doc.Quotes[gi].MatchRatio(ps[pi].Content.Start, ps[pi].Content.End) is double ratio) pairs.Add((ratio, gi, pi));
                }
            }
            // best overlap first; ties as the reference scorer sorts them (higher indices first)
            pairs.Sort((x, y) => y.CompareTo(x));
            var usedG = new HashSet<int>();
            var usedP = new HashSet<int>();
            foreach (var (_, gi, pi) in pairs)
            {
                if (usedG.Contains(gi) || usedP.Contains(pi)) continue;
                usedG.Add(gi);
                usedP.Add(pi);
                var g = doc.Quotes[gi];
                var p = ps[pi];
                matched++;
                if (text[g.Start..g.End].Trim(s_trim) == p.Content.Text.Trim(s_trim)) exact++;
                var pn = ScoreNormalizer.Normalize(p.Speaker?.Name);
                var gn = ScoreNormalizer.Normalize(g.Speaker);
                bool ok = pn == gn && gn.Length > 0;
                if (ok) speakerOk++;
                var pw = pn.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var gw = gn.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (pw.Length > 0 && gw.Length > 0 && pw[^1] == gw[^1]) surnameOk++;
                if (!string.IsNullOrEmpty(g.Title))
                {
                    titleGold++;
                    if (ScoreNormalizer.Normalize(p.Speaker?.Title) == ScoreNormalizer.Normalize(g.Title)) titleOk++;
                }
                if (p.Kind.ToString().Equals(g.Kind, StringComparison.OrdinalIgnoreCase)) kindOk++;
                if (g.CueSpan is { } cs)
                {
                    cueGold++;
                    if (p.Cue is not null && Math.Min(cs.End, p.Cue.End) - Math.Max(cs.Start, p.Cue.Start) > 0) cueOk++;
                }
                if (!ok) errors.Add($"{doc.Id}: speaker \"{p.Speaker?.Name}\" should be \"{g.Speaker}\" for: {Snippet(text, g.Start, 60)}");
            }
            for (int gi = 0; gi < doc.Quotes.Count; gi++)
            {
                if (!usedG.Contains(gi)) errors.Add($"{doc.Id}: missed {doc.Quotes[gi].Kind} quote of {doc.Quotes[gi].Speaker}: {Snippet(text, doc.Quotes[gi].Start, 70)}");
            }
            for (int pi = 0; pi < ps.Count; pi++)
            {
                if (!usedP.Contains(pi)) errors.Add($"{doc.Id}: spurious quote ({ps[pi].Speaker?.Name}): {Snippet(text, ps[pi].Content.Start, 70)}");
            }
        }
        static double Ratio(int a, int b) => b == 0 ? 0.0 : (double)a / b;
        static double F1(double p, double r) => p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        static double R4(double v) => Math.Round(v, 4, MidpointRounding.ToEven);
        double P = Ratio(matched, predCount), R = Ratio(matched, goldCount);
        double eP = Ratio(speakerOk, predCount), eR = Ratio(speakerOk, goldCount);
        int m = matched == 0 ? 1 : matched;
        return new EvaluationReport(gold.Count, goldCount, predCount, matched,
            R4(P), R4(R), R4(F1(P, R)), R4(Ratio(exact, m)),
            R4(Ratio(speakerOk, m)), R4(Ratio(surnameOk, m)),
            R4(eP), R4(eR), R4(F1(eP, eR)),
            titleGold > 0 ? R4(Ratio(titleOk, titleGold)) : null, R4(Ratio(kindOk, m)),
            cueGold > 0 ? R4(Ratio(cueOk, cueGold)) : null, offsetErrors, errors);
    }

    private static string Snippet(string text, int start, int length) => text.Substring(start, Math.Min(length, text.Length - start));
}
