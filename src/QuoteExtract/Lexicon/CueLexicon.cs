using QuoteExtract.Text;

namespace QuoteExtract.Lexicon;

/// <summary>
/// The reporting cues, read from <c>cues.tsv</c> (form, lemma, class, type, agreement, prepositions).
/// A cue's first word matches as written or after its conjunction و/ف; the longest form wins.
/// </summary>
public sealed class CueLexicon
{
    private readonly Dictionary<string, List<CueEntry>> _byFirstWord = new(StringComparer.Ordinal);

    internal CueLexicon(IEnumerable<string> lines)
    {
        int lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            var f = line.Split('\t');
            if (f.Length < 6)
            {
                throw new FormatException($"cues.tsv entry {lineNumber} has {f.Length} fields, expected 6: {line}");
            }
            var words = LexiconReader.Normalize(f[0]).Split(' ');
            var entry = new CueEntry(words, f[1].Trim(), ParseClass(f[2]), ParseType(f[3]), ParseAgreement(f[4]),
                f[5].Trim() == "-" ? [] : f[5].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(LexiconReader.Normalize).ToArray())
            {
                EndsWithPronoun = f[0].TrimEnd().EndsWith('ه'),
                EndsWithAlefMaqsura = f[0].TrimEnd().EndsWith('ى'),
            };
            if (!_byFirstWord.TryGetValue(words[0], out var list)) _byFirstWord[words[0]] = list = [];
            if (!list.Any(e => e.Words.SequenceEqual(words) && e.Lemma == entry.Lemma)) list.Add(entry);
        }
        foreach (var list in _byFirstWord.Values) list.Sort((a, b) => b.Words.Count.CompareTo(a.Words.Count));
        Count = _byFirstWord.Values.Sum(l => l.Count);
    }

    /// <summary>Number of forms.</summary>
    public int Count { get; }

    /// <summary>The longest cue that starts at token <paramref name="index"/>, or null.</summary>
    public CueMatch? MatchAt(IReadOnlyList<Token> tokens, int index)
    {
        var token = tokens[index];
        if (!token.IsWord) return null;
        var m = Match(tokens, index, token.Normalized, '\0');
        if (m is null && token.Normalized.Length > 2 && token.Normalized[0] is 'و' or 'ف')
        {
            m = Match(tokens, index, token.Normalized[1..], token.Normalized[0]);
        }
        return m;
    }

    private CueMatch? Match(IReadOnlyList<Token> tokens, int index, string first, char conjunction)
    {
        if (!_byFirstWord.TryGetValue(first, out var list)) return null;
        foreach (var entry in list)
        {
            int n = entry.Words.Count;
            if (index + n > tokens.Count) continue;
            bool all = true;
            for (int k = 1; k < n && all; k++) all = tokens[index + k].Normalized == entry.Words[k];
            var last = tokens[index + n - 1];
            // ى written ي is accepted after و/ف, where the verb is far likelier than the noun (ونفي، فرأي)
            if (all && ((entry.EndsWithPronoun && last.EndsWithTaMarbuta) || (entry.EndsWithAlefMaqsura && last.EndsWithYa && conjunction == '\0'))) all = false;
            if (all) return new CueMatch(index, index + n, entry, conjunction);
        }
        return null;
    }

    private static CueClass ParseClass(string s) => Enum.Parse<CueClass>(s.Trim(), ignoreCase: true);

    private static CueType ParseType(string s) => Enum.Parse<CueType>(s.Trim(), ignoreCase: true);

    private static Agreement ParseAgreement(string s) => s.Trim() switch
    {
        "m" => Agreement.Masculine,
        "f" => Agreement.Feminine,
        "mp" => Agreement.MasculinePlural,
        "fp" => Agreement.FemininePlural,
        "d" => Agreement.Dual,
        "1" => Agreement.FirstPerson,
        _ => Agreement.None,
    };
}
