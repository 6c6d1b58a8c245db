using QuoteExtract.Detection;
using QuoteExtract.Lexicon;
using QuoteExtract.Linking;
using QuoteExtract.Records;

namespace QuoteExtract.Scoring;

/// <summary>
/// The features of one speaker option of a quotation for the speaker ranker: where the option comes from
/// (the phrase next to the cue, a continuation, a recent speaker) and whether the rules chose it, what the
/// quotation's own phrase holds, what the option's speaker holds (kind, name, title, mentions), agreement
/// with the cue, how many of the phrase's words the option shares, how recently the speaker was quoted or mentioned,
/// and for a phrase that may be the cue's addressee, the verb's gender against it and the subject before the verb.
/// </summary>
internal static class SpeakerFeatures
{
    private static readonly int Kinds = Enum.GetValues<SpeakerKind>().Length;
    private static readonly int Sources = Enum.GetValues<SpeakerSource>().Length;

    public static readonly int Length = Sources + 2 * Kinds + Enum.GetValues<CueType>().Length + Enum.GetValues<IntroducerKind>().Length + 27;

    public static float[] Extract(DocumentContext doc, QuoteCandidate c, SpeakerOption option)
    {
        var v = new FeatureVector(Length);
        var e = option.Entity;
        v.OneHot((int)option.Source, Sources);
        v.OneHot(c.Phrase is null ? -1 : (int)c.Phrase.Kind, Kinds);
        v.OneHot((int)e.Kind, Kinds);
        v.OneHot((int)c.Type, Enum.GetValues<CueType>().Length);
        v.OneHot((int)c.Introducer.Kind, Enum.GetValues<IntroducerKind>().Length);
        v.Add(option.IsRuleChoice);
        v.Add(c.Phrase is null);
        v.Add(c.Phrase?.HasName ?? false);
        v.Add(c.Phrase?.Title is not null);
        v.Add(c.Phrase?.IsAnaphoric ?? false);
        v.Add(c.PhraseBeforeCue);
        v.Add(e.Name is not null);
        v.Add(e.Title is not null);
        v.Add(MathF.Min(e.Mentions.Count, 10) / 10f);
        v.Add(e.Gender != Agreement.None && c.Agreement != Agreement.None && e.Agrees(c.Agreement));
        v.Add(e.Gender != Agreement.None && c.Agreement != Agreement.None && !e.Agrees(c.Agreement));
        v.Add(option.SentencesSinceQuoted < 0);
        v.Add(option.SentencesSinceQuoted is >= 0 and <= 1);
        v.Add(MathF.Min(Math.Max(option.SentencesSinceQuoted, 0), 20) / 10f);
        v.Add(option.MentionedInSentence);
        v.Add(doc.Text.Sentences[c.Sentence].IsHeadline);
        v.Add(c.Conjunction != '\0');
        // how well the option fits the words next to the cue, and how near the document named it
        IReadOnlyList<string> phraseWords = c.Phrase is null ? [] : [.. SpeakerTable.TitleWords(c.Phrase), .. c.Phrase.NameWords];
        v.Add(SpeakerTable.Shared(phraseWords, e.TitleWords.Concat(e.NameWords)));
        v.Add(c.Phrase is not null && e.Head == c.Phrase.Head);
        v.Add(c.Phrase is { NameWords.Count: > 0 } && e.NameWords.Count > 0 && e.NameWords[^1] == c.Phrase.NameWords[^1]);
        v.Add(option.RuleChoiceNamed);
        v.Add(option.SentencesSinceMentioned < 0);
        v.Add(option.SentencesSinceMentioned == 0);
        v.Add(MathF.Min(Math.Max(option.SentencesSinceMentioned, 0), 10) / 10f);
        // whether the phrase after the cue is its subject or whom it addresses: the verb's gender, and a subject before the verb
        v.Add(c.PhraseMayBeAddressee);
        v.Add(c.PhraseDisagreesWithCue);
        v.Add(option.Mention is not null && option.Mention == c.SubjectBeforeCue);
        return v.ToArray();
    }
}
