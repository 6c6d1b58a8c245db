using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace QuoteExtract.Serialization;

/// <summary>
/// Reads and writes the JSON Lines contract. Arabic is written as is (not as <c>\uXXXX</c> escapes);
/// offsets are UTF-16 code units of the original text.
/// </summary>
public static class QuoteExtractJson
{
    private static readonly QuoteExtractJsonContext s_compact = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    });

    private static readonly QuoteExtractJsonContext s_indented = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    });

    /// <summary>One document result as a single JSON line (no line break inside).</summary>
    public static string ToJsonLine(DocumentResult result) => JsonSerializer.Serialize(result, s_compact.DocumentResult);

    /// <summary>One document result as indented JSON.</summary>
    public static string ToIndentedJson(DocumentResult result) => JsonSerializer.Serialize(result, s_indented.DocumentResult);

    /// <summary>Parses one input line <c>{"id", "text"}</c>.</summary>
    /// <exception cref="FormatException">The line is not JSON, or has no string <c>text</c>.</exception>
    public static DocumentInput ParseInputLine(string line)
    {
        DocumentInput? input;
        try
        {
            input = JsonSerializer.Deserialize(line, s_compact.DocumentInput);
        }
        catch (JsonException e)
        {
            throw new FormatException("not a JSON object with \"id\" and \"text\": " + e.Message, e);
        }
        if (input?.Text is null)
        {
            throw new FormatException("the object has no string \"text\"");
        }
        return input;
    }
}
