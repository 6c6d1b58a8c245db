namespace QuoteExtract.Scoring;

/// <summary>A linear classifier: the score is <c>w·x + b</c>.</summary>
public sealed record LinearModel(string Trainer, float[] Weights, float Bias, double Slope, double Offset) : BinaryModel(Trainer, Slope, Offset)
{
    public override int FeatureCount => Weights.Length;

    protected override double Score(ReadOnlySpan<float> features)
    {
        double score = Bias;
        for (int i = 0; i < features.Length; i++) score += Weights[i] * features[i];
        return score;
    }
}
