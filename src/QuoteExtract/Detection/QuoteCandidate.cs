using QuoteExtract.Attribution;
using QuoteExtract.Lexicon;
using QuoteExtract.Records;

namespace QuoteExtract.Detection;

/// <summary>
/// A possible quotation before scoring: its content tokens [ContentFirst, ContentEnd), the cue
/// tokens [CueFirst, CueEnd), what introduced the content, and the speaker phrase next to the cue
/// (null for a continuation such as <c>وأضاف:</c> or <c>، مشيراً إلى أن</c>).
/// </summary>
internal sealed record QuoteCandidate(
    QuotationKind Kind,
    int ContentFirst,
    int ContentEnd,
    int CueFirst,
    int CueEnd,
    CueEntry? Entry,
    char Conjunction,
    Introducer Introducer,
    SpeakerPhrase? Phrase,
    bool PhraseBeforeCue)
{
    /// <summary>The lemma of the cue, or <c>:</c> for a headline.</summary>
    public string Lemma => Entry?.Lemma ?? ":";

    public CueClass Class => Entry?.Class ?? CueClass.Heading;

    public CueType Type => Entry?.Type ?? CueType.Colon;

    public Agreement Agreement => Entry?.Agreement ?? Agreement.None;

    /// <summary>A negation (لم، لن، ما) stands just before the cue.</summary>
    public bool Negated { get; init; }

    /// <summary>
    /// The phrase after the cue may be whom the cue addresses rather than its speaker: the cue takes an addressee and the
    /// content opens right after the phrase (<c>وطالب السلطة بإنهاء …</c> continuing the speaker before, <c>القاهرة تحذر واشنطن من …</c>).
    /// </summary>
    public bool PhraseMayBeAddressee { get; init; }

    /// <summary>For a phrase that <see cref="PhraseMayBeAddressee"/>, the subject that opens the cue's clause before it, if any.</summary>
    public SpeakerPhrase? SubjectBeforeCue { get; init; }

    /// <summary>
    /// The phrase after the cue differs from the verb in gender, as its subject would not: a feminine phrase after a masculine
    /// verb (<c>وطالب السلطة</c>), a body or a title without ة after a feminine verb (<c>ووعدت جمهور المهرجان</c>).
    /// </summary>
    public bool PhraseDisagreesWithCue => Phrase is { } p && !PhraseBeforeCue
        && ((p.IsFeminine && Agreement == Agreement.Masculine) || (!p.IsFeminine && (p.Kind != SpeakerKind.Person || p.Title is not null) && Agreement == Agreement.Feminine));

    /// <summary>The sentence of the cue.</summary>
    public int Sentence { get; init; }

    /// <summary>Distance in tokens from the cue (or the speaker phrase after it) to the introducer.</summary>
    public int Gap { get; init; }

    /// <summary>The rule decision in [0, 1]; orders overlapping candidates whatever scorer decides.</summary>
    public double RuleScore { get; init; }

    /// <summary>Decision score in [0, 1], set by the scorer.</summary>
    public double Score { get; init; }
}
