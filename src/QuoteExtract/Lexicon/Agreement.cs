namespace QuoteExtract.Lexicon;

/// <summary>The person, gender and number a cue agrees with.</summary>
public enum Agreement
{
    /// <summary>No agreement (nouns, according-to forms, the headline colon).</summary>
    None,
    Masculine,
    Feminine,
    MasculinePlural,
    FemininePlural,
    Dual,
    FirstPerson,
}
