namespace QuoteExtract.Evaluation;

/// <summary>One gold quotation, located in its document: content [Start, End) and the cue span when found.</summary>
public sealed record GoldQuote(
    string Kind,
    string? Cue,
    string Speaker,
    string? Title,
    string? Mention,
    string From,
    string To,
    int Start,
    int End,
    (int Start, int End)? CueSpan)
{
    /// <summary>
    /// How well the span [<paramref name="start"/>, <paramref name="end"/>) matches this quotation, as the reference
    /// scorer matches: the overlap over the longer of the two when each covers at least half of the other, else null.
    /// </summary>
    public double? MatchRatio(int start, int end)
    {
        int gl = End - Start, pl = end - start;
        int o = Math.Max(0, Math.Min(End, end) - Math.Max(Start, start));
        return gl > 0 && pl > 0 && o >= 0.5 * gl && o >= 0.5 * pl ? (double)o / Math.Max(gl, pl) : null;
    }
}
