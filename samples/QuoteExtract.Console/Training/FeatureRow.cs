using Microsoft.ML.Data;

namespace QuoteExtract.Console.Training;

/// <summary>One labelled example for ML.NET: a feature vector and whether it is right.</summary>
internal sealed class FeatureRow
{
    public bool Label { get; set; }

    [VectorType]
    public float[] Features { get; set; } = [];
}
