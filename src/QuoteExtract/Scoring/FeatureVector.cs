namespace QuoteExtract.Scoring;

/// <summary>Builds a fixed-length numeric feature vector slot by slot; the slot order is the model's contract.</summary>
internal sealed class FeatureVector(int length)
{
    private readonly float[] _values = new float[length];
    private int _next;

    public void Add(bool value) => _values[_next++] = value ? 1f : 0f;

    public void Add(float value) => _values[_next++] = value;

    /// <summary>A one-hot block of <paramref name="size"/> slots with <paramref name="index"/> set.</summary>
    public void OneHot(int index, int size)
    {
        if (index >= 0 && index < size) _values[_next + index] = 1f;
        _next += size;
    }

    /// <summary>A hashed block: the string sets one of <paramref name="size"/> slots (stable across runs).</summary>
    public void Hashed(string value, int size)
    {
        uint h = 2166136261;
        foreach (char c in value) h = (h ^ c) * 16777619;
        _values[_next + (int)(h % (uint)size)] = 1f;
        _next += size;
    }

    public float[] ToArray()
    {
        if (_next != _values.Length) throw new InvalidOperationException($"Feature vector filled {_next} of {_values.Length} slots.");
        return _values;
    }
}
