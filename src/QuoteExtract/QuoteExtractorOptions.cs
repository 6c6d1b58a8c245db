namespace QuoteExtract;

/// <summary>Settings of a <see cref="QuoteExtractor"/>; read once when the extractor is built.</summary>
public sealed record QuoteExtractorOptions
{
    /// <summary>Candidates whose quotation probability is below this are dropped. Default 0.5.</summary>
    public double MinConfidence { get; init; } = 0.5;

    /// <summary>Texts longer than this (UTF-16 code units) are rejected with an <see cref="ArgumentException"/>. Default 5,000,000.</summary>
    public int MaxTextLength { get; init; } = 5_000_000;

    /// <summary>
    /// Whether the learned models decide (the default). When false, the rule decisions are used and
    /// every record's confidence is the rule's fixed estimate for its pattern.
    /// </summary>
    public bool UseModels { get; init; } = true;

    /// <summary>
    /// Whether the learned speaker ranker chooses between a quotation's speaker options (the default). When
    /// false, the rules choose the speaker and only the cue classifier is learned. Ignored without <see cref="UseModels"/>.
    /// </summary>
    public bool UseSpeakerModel { get; init; } = true;

    /// <summary>A model archive written by the <c>train</c> command, used instead of the bundled model; null for the bundled one.</summary>
    public string? ModelPath { get; init; }
}
