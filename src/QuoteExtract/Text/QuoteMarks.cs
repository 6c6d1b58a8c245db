namespace QuoteExtract.Text;

/// <summary>The quotation marks of Arabic news and which way each can face.</summary>
public static class QuoteMarks
{
    /// <summary>Marks that open a quotation when used as designed.</summary>
    public static bool IsOpening(char c) => c is '“' or '«' or '„' or '‹' or '‘' or '"';

    /// <summary>Marks that close a quotation when used as designed.</summary>
    public static bool IsClosing(char c) => c is '”' or '»' or '›' or '’' or '"' or '“';

    /// <summary>Any quotation mark (apostrophe-like single quotes excluded).</summary>
    public static bool IsQuoteMark(char c) => c is '“' or '”' or '«' or '»' or '„' or '"' or '‹' or '›';
}
