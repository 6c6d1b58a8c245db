using System.Text.Json.Serialization;

namespace QuoteExtract.Scoring;

/// <summary>
/// A trained binary classifier evaluated directly from its parameters: a raw score, turned into a probability by
/// the Platt calibration <c>1 / (1 + exp(slope · score + offset))</c>. No prediction engine, no allocation per
/// call, safe from any thread.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(LinearModel), "linear")]
[JsonDerivedType(typeof(TreeEnsembleModel), "trees")]
public abstract record BinaryModel(string Trainer, double Slope, double Offset)
{
    /// <summary>How many features the model reads.</summary>
    [JsonIgnore]
    public abstract int FeatureCount { get; }

    /// <summary>The uncalibrated score of a feature vector.</summary>
    protected abstract double Score(ReadOnlySpan<float> features);

    /// <summary>The calibrated probability that the example is positive.</summary>
    /// <exception cref="ArgumentException">The vector does not have <see cref="FeatureCount"/> features.</exception>
    public double Probability(ReadOnlySpan<float> features)
    {
        if (features.Length != FeatureCount)
        {
            throw new ArgumentException($"The model expects {FeatureCount} features; got {features.Length}.", nameof(features));
        }
        return 1.0 / (1.0 + Math.Exp(Slope * Score(features) + Offset));
    }
}
