namespace QuoteExtract.Linking;

/// <summary>Where a speaker option of a quotation comes from.</summary>
internal enum SpeakerSource
{
    /// <summary>The speaker phrase next to the cue.</summary>
    Phrase,

    /// <summary>The speaker a subject-less cue continues (<c>وأضاف</c>، <c>مشيراً</c>).</summary>
    Continuation,

    /// <summary>Another speaker quoted shortly before.</summary>
    Recent,
}

/// <summary>
/// One speaker a quotation may have, with what the linker knows about it at that point of the document:
/// whether it is the rule choice, how many sentences ago it was last quoted (-1 for never) and whether
/// it is mentioned earlier in the cue's sentence.
/// </summary>
internal sealed record SpeakerOption(SpeakerEntity Entity, SpeakerSource Source, bool IsRuleChoice, int SentencesSinceQuoted, bool MentionedInSentence);
