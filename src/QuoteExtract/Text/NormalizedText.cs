namespace QuoteExtract.Text;

/// <summary>
/// A normalized copy of a text that remembers, for every normalized character, the range of the
/// original text it came from, so that any span found in the normalized form maps back exactly.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _originalStart;
    private readonly int[] _originalEnd;

    internal NormalizedText(string original, string normalized, int[] originalStart, int[] originalEnd)
    {
        Original = original;
        Normalized = normalized;
        _originalStart = originalStart;
        _originalEnd = originalEnd;
    }

    /// <summary>The text as it was given.</summary>
    public string Original { get; }

    /// <summary>The text after normalization; used for matching only.</summary>
    public string Normalized { get; }

    /// <summary>Maps the normalized span [start, end) to the original span it covers (UTF-16, end exclusive).</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Normalized.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        if (start == end)
        {
            int at = start < Normalized.Length ? _originalStart[start] : Original.Length;
            return (at, at);
        }
        return (_originalStart[start], _originalEnd[end - 1]);
    }

    /// <summary>The original index where the normalized character at <paramref name="index"/> begins.</summary>
    public int OriginalStart(int index) => index < Normalized.Length ? _originalStart[index] : Original.Length;

    /// <summary>The original index just after the normalized character at <paramref name="index"/>.</summary>
    public int OriginalEnd(int index) => _originalEnd[index];
}
