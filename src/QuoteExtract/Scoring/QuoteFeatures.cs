using QuoteExtract.Detection;
using QuoteExtract.Lexicon;
using QuoteExtract.Records;

namespace QuoteExtract.Scoring;

/// <summary>
/// The features of a quotation candidate for the cue classifier: the cue's class, type, agreement,
/// lemma (hashed) and prefix; the rule decision; what introduces the content and how far away; the speaker phrase next
/// to it; negation; the content's first word (hashed, definite, with a possessive pronoun), length and marks; and where
/// the cue stands in its sentence.
/// </summary>
internal static class QuoteFeatures
{
    private const int LemmaBuckets = 32;
    private const int WordBuckets = 16;

    public static readonly int Length = Enum.GetValues<CueClass>().Length + Enum.GetValues<CueType>().Length
        + Enum.GetValues<IntroducerKind>().Length + Enum.GetValues<Agreement>().Length + Enum.GetValues<SpeakerKind>().Length
        + Enum.GetValues<QuotationKind>().Length + LemmaBuckets + 3 * WordBuckets + 24;

    public static float[] Extract(DocumentContext doc, QuoteCandidate c)
    {
        var v = new FeatureVector(Length);
        var tokens = doc.Tokens;
        var sentence = doc.Text.Sentences[c.Sentence];
        int contentLength = c.ContentEnd - c.ContentFirst;
        v.OneHot((int)c.Class, Enum.GetValues<CueClass>().Length);
        v.OneHot((int)c.Type, Enum.GetValues<CueType>().Length);
        v.OneHot((int)c.Introducer.Kind, Enum.GetValues<IntroducerKind>().Length);
        v.OneHot((int)c.Agreement, Enum.GetValues<Agreement>().Length);
        v.OneHot(c.Phrase is null ? -1 : (int)c.Phrase.Kind, Enum.GetValues<SpeakerKind>().Length);
        v.OneHot((int)c.Kind, Enum.GetValues<QuotationKind>().Length);
        v.Hashed(c.Lemma, LemmaBuckets);
        v.Hashed(doc.Text.At(c.CueFirst - 1)?.Normalized ?? "<s>", WordBuckets);
        v.Hashed(doc.Text.At(c.CueEnd)?.Normalized ?? "</s>", WordBuckets);
        var opening = tokens[c.ContentFirst];
        v.Hashed(opening.Normalized, WordBuckets);
        v.Add(opening.Normalized.StartsWith("ال", StringComparison.Ordinal));
        v.Add(opening.EndsWithPronoun);
        v.Add(c.Conjunction != '\0');
        v.Add(c.Negated);
        v.Add(c.Phrase is not null);
        v.Add(c.PhraseBeforeCue);
        v.Add(c.Phrase?.HasName ?? false);
        v.Add(c.Phrase?.Title is not null);
        v.Add(c.Phrase?.IsAnaphoric ?? false);
        v.Add(MathF.Min(c.Gap, 20) / 10f);
        v.Add(c.Gap == 0);
        v.Add(MathF.Log(1 + contentLength) / 5f);
        v.Add(contentLength <= 3);
        v.Add(sentence.IsHeadline);
        v.Add(c.CueFirst == sentence.First || (c.CueFirst == sentence.First + 1 && doc.Lexicon.SwitchOpeners.Contains(tokens[sentence.First])));
        v.Add((float)(c.CueFirst - sentence.First) / Math.Max(1, sentence.Length));
        v.Add(ContainsQuoteMark(doc, c.ContentFirst, c.ContentEnd));
        v.Add(c.ContentEnd >= sentence.End - 1);
        v.Add(c.CueFirst > 0 && Lexicon.FunctionWords.IsComma(tokens[c.CueFirst - 1]));
        v.Add(c.CueEnd < tokens.Count && tokens[c.CueEnd].Kind == Text.TokenKind.Punctuation);
        v.Add(c.ContentFirst > c.CueFirst);
        v.Add(doc.LongQuoteAround(c.ContentFirst) is not null);
        // the rule decision, so that the model learns where the rules go wrong rather than everything anew
        v.Add((float)c.RuleScore);
        v.Add(c.RuleScore >= 0.5);
        return v.ToArray();
    }

    private static bool ContainsQuoteMark(DocumentContext doc, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (FunctionWords.IsQuoteMark(doc.Tokens[i])) return true;
        }
        return false;
    }
}
