namespace QuoteExtract.Text;

/// <summary>A sentence as a range of tokens [<see cref="First"/>, <see cref="End"/>).</summary>
/// <param name="Index">Position among the document's sentences.</param>
/// <param name="Paragraph">The paragraph (line) it belongs to.</param>
/// <param name="First">Index of its first token.</param>
/// <param name="End">Index after its last token.</param>
/// <param name="IsHeadline">A short line without final punctuation: a headline or sub-heading.</param>
public sealed record Sentence(int Index, int Paragraph, int First, int End, bool IsHeadline)
{
    /// <summary>Number of tokens.</summary>
    public int Length => End - First;

    /// <summary>Whether the token index lies in this sentence.</summary>
    public bool Contains(int token) => token >= First && token < End;
}
