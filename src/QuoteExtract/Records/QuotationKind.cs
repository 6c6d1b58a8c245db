using System.Text.Json.Serialization;
using QuoteExtract.Serialization;

namespace QuoteExtract.Records;

/// <summary>How the quotation is reported.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<QuotationKind>))]
public enum QuotationKind
{
    /// <summary>Words inside quotation marks, or a <c>Speaker: statement</c> headline.</summary>
    Direct,
    /// <summary>Reported content after a complementiser or preposition.</summary>
    Indirect,
    /// <summary>Indirect content that holds quoted words.</summary>
    Mixed,
}
