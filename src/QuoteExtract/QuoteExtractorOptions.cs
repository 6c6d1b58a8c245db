namespace QuoteExtract;

/// <summary>Settings of a <see cref="QuoteExtractor"/>; read once when the extractor is built.</summary>
public sealed record QuoteExtractorOptions
{
    /// <summary>Candidates scored below this are dropped. Default 0.5.</summary>
    public double MinConfidence { get; init; } = 0.5;

    /// <summary>Texts longer than this (UTF-16 code units) are rejected with an <see cref="ArgumentException"/>. Default 5,000,000.</summary>
    public int MaxTextLength { get; init; } = 5_000_000;
}
