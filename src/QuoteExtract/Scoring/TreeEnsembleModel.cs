namespace QuoteExtract.Scoring;

/// <summary>A boosted tree ensemble (FastTree): the score is the bias plus each tree's weighted leaf value.</summary>
public sealed record TreeEnsembleModel(string Trainer, int Features, RegressionTree[] Trees, double Bias, double Slope, double Offset)
    : BinaryModel(Trainer, Slope, Offset)
{
    public override int FeatureCount => Features;

    protected override double Score(ReadOnlySpan<float> features)
    {
        double score = Bias;
        foreach (var tree in Trees) score += tree.Weight * tree.Leaf(features);
        return score;
    }
}

/// <summary>
/// One regression tree: node <c>i</c> sends a vector whose feature <c>SplitFeatures[i]</c> is at most
/// <c>Thresholds[i]</c> to <c>LeftChild[i]</c>, else to <c>RightChild[i]</c>; a negative child <c>c</c> is the leaf <c>~c</c>.
/// </summary>
public sealed record RegressionTree(int[] SplitFeatures, float[] Thresholds, int[] LeftChild, int[] RightChild, double[] LeafValues, double Weight)
{
    public double Leaf(ReadOnlySpan<float> features)
    {
        if (SplitFeatures.Length == 0) return LeafValues[0];
        int node = 0;
        while (node >= 0)
        {
            node = features[SplitFeatures[node]] <= Thresholds[node] ? LeftChild[node] : RightChild[node];
        }
        return LeafValues[~node];
    }
}
