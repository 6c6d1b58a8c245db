using QuoteExtract.Detection;
using QuoteExtract.Lexicon;
using QuoteExtract.Linking;
using QuoteExtract.Records;

namespace QuoteExtract.Scoring;

/// <summary>
/// The features of a quotation's resolved speaker for the speaker model: how the speaker was found
/// (a phrase next to the cue, a continuation, a headline), what the phrase and the resolved speaker
/// hold (name, title, kind), agreement with the cue, and how far back the speaker last spoke.
/// </summary>
internal static class SpeakerFeatures
{
    public static readonly int Length = 2 * Enum.GetValues<SpeakerKind>().Length + Enum.GetValues<CueType>().Length
        + Enum.GetValues<IntroducerKind>().Length + 14;

    /// <param name="doc">The document.</param>
    /// <param name="quote">The quotation and the speaker it resolved to.</param>
    /// <param name="sentencesSinceSpeaker">Sentences since that speaker's previous quotation, or -1 for its first.</param>
    public static float[] Extract(DocumentContext doc, LinkedQuote quote, int sentencesSinceSpeaker)
    {
        var v = new FeatureVector(Length);
        var c = quote.Candidate;
        var e = quote.Speaker;
        v.OneHot(c.Phrase is null ? -1 : (int)c.Phrase.Kind, Enum.GetValues<SpeakerKind>().Length);
        v.OneHot(e is null ? -1 : (int)e.Kind, Enum.GetValues<SpeakerKind>().Length);
        v.OneHot((int)c.Type, Enum.GetValues<CueType>().Length);
        v.OneHot((int)c.Introducer.Kind, Enum.GetValues<IntroducerKind>().Length);
        v.Add(e is null);
        v.Add(c.Phrase is null);
        v.Add(c.Phrase?.HasName ?? false);
        v.Add(c.Phrase?.Title is not null);
        v.Add(c.Phrase?.IsAnaphoric ?? false);
        v.Add(c.PhraseBeforeCue);
        v.Add(e?.Name is not null);
        v.Add(e?.Title is not null);
        v.Add(MathF.Min(e?.Mentions.Count ?? 0, 10) / 10f);
        v.Add(e is not null && e.Gender != Agreement.None && c.Agreement != Agreement.None && e.Agrees(c.Agreement));
        v.Add(sentencesSinceSpeaker < 0);
        v.Add(sentencesSinceSpeaker is >= 0 and <= 1);
        v.Add(MathF.Min(Math.Max(sentencesSinceSpeaker, 0), 20) / 10f);
        v.Add(doc.Text.Sentences[c.Sentence].IsHeadline);
        return v.ToArray();
    }
}
