using QuoteExtract.Lexicon;
using QuoteExtract.Text;

namespace QuoteExtract.Detection;

/// <summary>
/// Where indirect content ends: at the end of its sentence, or before the comma that precedes the
/// next cue (<c>، مشيراً إلى أن</c>، <c>، بحسب</c>، <c>، كما قال</c>، <c>، فيما قال</c>), before a conjoined cue
/// (<c>وأضاف</c>), or before a participle that opens direct speech (<c>قائلا: «…»</c>). A quotation that opens inside the content and closes after that point carries it on.
/// </summary>
internal static class ClauseBoundary
{
    public static int End(DocumentContext doc, int from)
    {
        var tokens = doc.Tokens;
        if (from >= tokens.Count) return from;
        var sentence = doc.Text.SentenceOf(from);
        int end = sentence.End;
        for (int i = from; i < sentence.End; i++)
        {
            var t = tokens[i];
            if (doc.QuoteOpeningAt(i) is { } q && q.Close >= sentence.End)
            {
                // a quotation that runs past this sentence belongs to the content as a whole
                end = Math.Max(end, doc.Text.SentenceOf(Math.Min(q.Close, tokens.Count - 1)).End);
                i = q.Close;
                continue;
            }
            if (i > from && FunctionWords.IsComma(t) && StartsNewReport(doc, i + 1))
            {
                end = i;
                break;
            }
            if (i > from && doc.StartsReportClause(i) && doc.CueAt(i) is { Conjunction: not '\0', Entry.Type: CueType.Verb } verb && IntroducesContent(doc, verb, sentence.End))
            {
                end = i;
                break;
            }
            if (i > from && doc.CueAt(i) is { Entry.Type: CueType.Participle } participle && OpensSpeech(doc, participle.End))
            {
                end = i; // أشاد بالمعسكر قائلا: "…"
                break;
            }
        }
        return TrimEnd(tokens, from, Math.Min(end, tokens.Count));
    }

    /// <summary>
    /// Whether a verb cue has its own introducer soon after it, as a new report does (وأضاف أن، وطالب الحكومة بـ، وقال: …);
    /// a conjoined verb without one goes on with the content (أن الجزر منشط للجسم ويفيد مرضى فقر الدم).
    /// </summary>
    private static bool IntroducesContent(DocumentContext doc, CueMatch cue, int end)
    {
        for (int k = cue.End; k < Math.Min(end, cue.End + 8); k++)
        {
            if (doc.OpensContentAt(cue, k)) return true;
            if (FunctionWords.IsComma(doc.Tokens[k])) return false;
        }
        return false;
    }

    /// <summary>A colon or an opening quotation mark right after a cue: direct speech begins.</summary>
    private static bool OpensSpeech(DocumentContext doc, int i) =>
        doc.Text.At(i) is { } t && (FunctionWords.IsColon(t) || doc.QuoteOpeningAt(i) is not null);

    /// <summary>Whether a new report clause starts at <paramref name="i"/> (after an optional و).</summary>
    public static bool StartsNewReport(DocumentContext doc, int i)
    {
        var t = doc.Text.At(i);
        if (t is null) return false;
        if (doc.StartsReportClause(i)) return true;
        if (FunctionWords.IsAsParticle(t) && doc.StartsReportClause(i + 1)) return true;
        // a contrast with another speaker: ، فيما قال …، ، في حين أكد …، ، بينما انتقد …
        int opener = doc.Lexicon.SwitchOpeners.MatchAt(doc.Tokens, i);
        if (opener > 0 && doc.StartsReportClause(i + opener)) return true;
        return t.Normalized is "و" && doc.StartsReportClause(i + 1);
    }

    /// <summary>Drops punctuation (but not closing quotation marks of a quote inside) from the end.</summary>
    public static int TrimEnd(IReadOnlyList<Token> tokens, int from, int end)
    {
        while (end > from && tokens[end - 1].Kind == TokenKind.Punctuation && !FunctionWords.IsQuoteMark(tokens[end - 1]) && tokens[end - 1].Normalized[0] is not (')' or ']'))
        {
            end--;
        }
        return end;
    }
}
