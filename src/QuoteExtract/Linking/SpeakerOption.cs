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

    /// <summary>A person or body the document names near the cue that the rules did not tie to the quotation.</summary>
    Mention,
}

/// <summary>
/// One speaker a quotation may have, with what the linker knows about it at that point of the document:
/// whether it is the rule choice, how many sentences ago it was last quoted (-1 for never), whether it is
/// mentioned earlier in the cue's sentence, how many sentences before the cue it was last mentioned (-1 for
/// never) and whether the rule choice has a name. A <see cref="SpeakerSource.Mention"/> option carries the
/// <paramref name="Mention"/> it comes from; its entity joins the document's speakers only when chosen.
/// </summary>
internal sealed record SpeakerOption(SpeakerEntity Entity, SpeakerSource Source, bool IsRuleChoice, int SentencesSinceQuoted, bool MentionedInSentence,
    int SentencesSinceMentioned, bool RuleChoiceNamed, Attribution.SpeakerPhrase? Mention = null);
