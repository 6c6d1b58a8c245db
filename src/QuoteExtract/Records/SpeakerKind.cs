using System.Text.Json.Serialization;
using QuoteExtract.Serialization;

namespace QuoteExtract.Records;

/// <summary>What kind of entity a speaker is.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<SpeakerKind>))]
public enum SpeakerKind
{
    Person,
    Organisation,
    UnnamedSource,
    Document,
}
