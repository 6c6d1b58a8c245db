using System.Text.Json.Serialization;

namespace QuoteExtract.Serialization;

/// <summary>Source-generated JSON metadata for the output contract (camelCase, nulls written).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DocumentResult))]
[JsonSerializable(typeof(DocumentInput))]
internal sealed partial class QuoteExtractJsonContext : JsonSerializerContext;
