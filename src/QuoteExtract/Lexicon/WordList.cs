namespace QuoteExtract.Lexicon;

using QuoteExtract.Text;

/// <summary>
/// A set of normalized entries, single words or phrases, matched on tokens through their clitic
/// readings (<c>والوزارة</c> matches <c>وزاره</c>). Phrases match the longest entry first.
/// </summary>
public sealed class WordList
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string[]>> _phrases = new(StringComparer.Ordinal);

    internal WordList(IEnumerable<string> entries)
    {
        foreach (var entry in entries)
        {
            var words = LexiconReader.Normalize(entry).Split(' ');
            if (words.Length == 1)
            {
                _words.Add(words[0]);
            }
            else
            {
                if (!_phrases.TryGetValue(words[0], out var list)) _phrases[words[0]] = list = [];
                list.Add(words);
            }
        }
        foreach (var list in _phrases.Values) list.Sort((a, b) => b.Length.CompareTo(a.Length));
    }

    /// <summary>Number of entries.</summary>
    public int Count => _words.Count + _phrases.Values.Sum(l => l.Count);

    /// <summary>Whether the normalized word is an entry as it stands.</summary>
    public bool ContainsExact(string normalized) => _words.Contains(normalized);

    /// <summary>Whether some clitic reading of the token is a single-word entry.</summary>
    public bool Contains(Token token) => Match(token) is not null;

    /// <summary>The first clitic reading of the token whose stem is an entry, or null.</summary>
    public CliticAnalysis? Match(Token token)
    {
        if (!token.IsWord && token.Kind != TokenKind.Punctuation) return null;
        foreach (var a in token.Analyses)
        {
            if (_words.Contains(a.Stem)) return a;
        }
        return null;
    }

    /// <summary>
    /// The number of tokens of the longest entry starting at <paramref name="index"/> (a single word
    /// through its clitic readings, a phrase word by word), or 0.
    /// </summary>
    public int MatchAt(IReadOnlyList<Token> tokens, int index)
    {
        var first = tokens[index];
        foreach (var a in first.Analyses)
        {
            if (_phrases.TryGetValue(a.Stem, out var list))
            {
                foreach (var phrase in list)
                {
                    if (index + phrase.Length > tokens.Count) continue;
                    bool all = true;
                    for (int k = 1; k < phrase.Length && all; k++) all = tokens[index + k].Normalized == phrase[k];
                    if (all) return phrase.Length;
                }
            }
        }
        return Contains(first) ? 1 : 0;
    }
}
