namespace QuoteExtract.Records;

/// <summary>A span of the ORIGINAL text: UTF-16 offsets, end exclusive, with the text it covers.</summary>
/// <param name="Start">First UTF-16 code unit.</param>
/// <param name="End">One past the last UTF-16 code unit.</param>
/// <param name="Text">The original text at [Start, End).</param>
public sealed record TextSpan(int Start, int End, string Text)
{
    /// <summary>Number of UTF-16 code units.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Length => End - Start;

    /// <summary>Cuts [start, end) out of <paramref name="original"/>.</summary>
    public static TextSpan Of(string original, int start, int end) => new(start, end, original[start..end]);
}
