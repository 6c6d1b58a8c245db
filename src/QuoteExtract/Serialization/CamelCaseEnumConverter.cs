using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuoteExtract.Serialization;

/// <summary>Writes enum values as camelCase strings (<c>direct</c>, <c>unnamedSource</c>).</summary>
public sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
