namespace QuoteExtract.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters (Arabic or Latin), possibly with clitics attached.</summary>
    Word,
    /// <summary>Digits, with any inner decimal or thousands separators.</summary>
    Number,
    /// <summary>One punctuation or symbol character, quotation marks included.</summary>
    Punctuation,
}
