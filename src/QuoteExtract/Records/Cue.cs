using System.Text.Json.Serialization;
using QuoteExtract.Lexicon;
using QuoteExtract.Serialization;

namespace QuoteExtract.Records;

/// <summary>The reporting cue of a quotation: the verb, participle, noun, according-to word or headline colon.</summary>
/// <param name="Start">Start in the original text.</param>
/// <param name="End">End (exclusive) in the original text.</param>
/// <param name="Text">The cue as it stands in the text, with its و/ف prefix.</param>
/// <param name="Lemma">Its lemma (<c>قال</c> for <c>وقالت</c>; <c>:</c> for a headline).</param>
/// <param name="Class">Its meaning class.</param>
public sealed record Cue(int Start, int End, string Text, string Lemma,
    [property: JsonConverter(typeof(CamelCaseEnumConverter<CueClass>))] CueClass Class);
