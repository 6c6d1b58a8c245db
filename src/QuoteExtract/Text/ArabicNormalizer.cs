using System.Text;
using Microsoft.ML.Tokenizers;

namespace QuoteExtract.Text;

/// <summary>
/// Normalizes Arabic news text for matching: removes diacritics, dagger alef, tatweel, bidi and
/// zero-width marks; unifies alef forms (أ إ آ ٱ → ا), ى → ي, ة → ه, Persian kaf/ya; turns NBSP-like
/// spaces into a space and Arabic-Indic digits into ASCII; two apostrophes written as a double quotation
/// mark ('') become <c>"</c>. Every rule deletes a character or replaces one or two with exactly one, so
/// each normalized character maps back to one original span.
/// </summary>
public sealed class ArabicNormalizer : Normalizer
{
    /// <summary>The shared instance; the normalizer holds no state.</summary>
    public static ArabicNormalizer Instance { get; } = new();

    private const char Deleted = '\0';

    /// <summary>The replacement for one character, or <c>'\0'</c> when the character is removed.</summary>
    public static char Map(char c) => c switch
    {
        >= '\u064B' and <= '\u065F' => Deleted,  // harakat, tanween, shadda, sukun, hamza marks
        '\u0670' => Deleted,                      // dagger alef
        >= '\u0610' and <= '\u061A' => Deleted,  // Quranic signs
        >= '\u06D6' and <= '\u06ED' => Deleted,  // Quranic annotation marks
        '\u0640' => Deleted,                      // tatweel
        '\u200B' or '\u200C' or '\u200D' or '\uFEFF' => Deleted,      // zero-width
        '\u200E' or '\u200F' or '\u061C' => Deleted,                  // LRM, RLM, ALM
        >= '\u202A' and <= '\u202E' => Deleted,  // bidi embeddings and overrides
        >= '\u2066' and <= '\u2069' => Deleted,  // bidi isolates
        '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' => ' ',
        '\u0623' or '\u0625' or '\u0622' or '\u0671' or '\u0672' or '\u0673' => '\u0627', // أ إ آ ٱ → ا
        '\u0649' or '\u06CC' => '\u064A',        // ى ی → ي
        '\u0629' => '\u0647',                     // ة → ه
        '\u06A9' => '\u0643',                     // ک → ك
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ => c,
    };

    /// <summary>Normalizes <paramref name="text"/> and keeps the map back to its original offsets.</summary>
    public NormalizedText NormalizeWithMap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = new StringBuilder(text.Length);
        var starts = new int[text.Length];
        var ends = new int[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            if (IsDoubledApostrophe(text, i))
            {
                starts[normalized.Length] = i;
                ends[normalized.Length] = i + 2;
                normalized.Append('"');
                i++;
                continue;
            }
            char mapped = Map(text[i]);
            if (mapped == Deleted)
            {
                // A removed mark belongs to the character before it, so spans ending there include it.
                if (normalized.Length > 0)
                {
                    ends[normalized.Length - 1] = i + 1;
                }
                continue;
            }
            starts[normalized.Length] = i;
            ends[normalized.Length] = i + 1;
            normalized.Append(mapped);
        }
        int n = normalized.Length;
        return new NormalizedText(text, normalized.ToString(), starts[..n], ends[..n]);
    }

    /// <inheritdoc />
    public override string Normalize(string original) => Normalize(original.AsSpan());

    /// <inheritdoc />
    public override string Normalize(ReadOnlySpan<char> original)
    {
        var buffer = original.Length <= 512 ? stackalloc char[original.Length] : new char[original.Length];
        int n = 0;
        for (int i = 0; i < original.Length; i++)
        {
            if (IsDoubledApostrophe(original, i))
            {
                buffer[n++] = '"';
                i++;
                continue;
            }
            char mapped = Map(original[i]);
            if (mapped != Deleted)
            {
                buffer[n++] = mapped;
            }
        }
        return new string(buffer[..n]);
    }

    /// <summary>Two apostrophes written for a double quotation mark (''…'', a habit of some outlets) become <c>"</c>.</summary>
    private static bool IsDoubledApostrophe(ReadOnlySpan<char> text, int i) => text[i] == '\'' && i + 1 < text.Length && text[i + 1] == '\'';
}
