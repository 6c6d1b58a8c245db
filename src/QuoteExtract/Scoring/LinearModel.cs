namespace QuoteExtract.Scoring;

/// <summary>
/// A trained linear binary classifier evaluated directly from its weights: the probability is the Platt
/// calibration <c>1 / (1 + exp(slope · (w·x + b) + offset))</c>. No prediction engine, no allocation per call,
/// safe from any thread.
/// </summary>
public sealed record LinearModel(string Trainer, float[] Weights, float Bias, double Slope, double Offset)
{
    public double Probability(ReadOnlySpan<float> features)
    {
        if (features.Length != Weights.Length)
        {
            throw new ArgumentException($"The model expects {Weights.Length} features; got {features.Length}.", nameof(features));
        }
        double score = Bias;
        for (int i = 0; i < features.Length; i++) score += Weights[i] * features[i];
        return 1.0 / (1.0 + Math.Exp(Slope * score + Offset));
    }
}
