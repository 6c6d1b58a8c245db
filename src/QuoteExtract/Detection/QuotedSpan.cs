namespace QuoteExtract.Detection;

/// <summary>
/// Words between quotation marks: the mark tokens <see cref="Open"/> and <see cref="Close"/> and the
/// tokens between them [<see cref="Open"/> + 1, <see cref="Close"/>). A span recovered from an
/// unbalanced mark has <see cref="Balanced"/> false and closes before the token <see cref="Close"/>.
/// </summary>
internal sealed record QuotedSpan(int Open, int Close, bool Balanced)
{
    public int ContentFirst => Open + 1;

    public int ContentEnd => Close;

    public int WordCount => Close - Open - 1;

    public bool Contains(int token) => token > Open && token < Close;
}
