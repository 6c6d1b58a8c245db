namespace QuoteExtract.Lexicon;

/// <summary>One form of a reporting cue in the lexicon.</summary>
/// <param name="Words">The normalized words of the form (one for most cues).</param>
/// <param name="Lemma">The lemma as written in the lexicon (قال، أكد …).</param>
/// <param name="Class">Its meaning class.</param>
/// <param name="Type">Verb, participle, noun or according-to.</param>
/// <param name="Agreement">The subject it agrees with.</param>
/// <param name="Prepositions">Normalized prepositions after which it takes its content as a noun phrase.</param>
public sealed record CueEntry(
    IReadOnlyList<string> Words,
    string Lemma,
    CueClass Class,
    CueType Type,
    Agreement Agreement,
    IReadOnlyList<string> Prepositions)
{
    /// <summary>Whether the form ends with the pronoun ه (حديثه), which a word ending with ة (حديثة) does not match.</summary>
    public bool EndsWithPronoun { get; init; }

    /// <summary>Whether the form ends with ى (نادى، نفى، رأى), which a word ending with ي (نادي، نفي، رأي) does not match.</summary>
    public bool EndsWithAlefMaqsura { get; init; }

    /// <summary>
    /// Whether the verb may take whom it addresses as its object (<c>طالب السلطة بـ</c>، <c>دعا الأطراف إلى</c>، <c>حذر واشنطن من</c>،
    /// <c>أبلغ الصحفيين أن</c>), so that a noun phrase after it need not be its subject.
    /// </summary>
    public bool TakesAddressee => Class is CueClass.Call or CueClass.Demand or CueClass.Warn or CueClass.Promise or CueClass.Accuse
        || Lemma is "أبلغ" or "أخبر";

    /// <summary>Whether the cue introduces content after <paramref name="preposition"/> (normalized).</summary>
    public bool TakesPreposition(string preposition) => Prepositions.Contains(preposition);
}
