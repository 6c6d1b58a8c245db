namespace QuoteExtract.Lexicon;

/// <summary>The meaning class of a reporting cue.</summary>
public enum CueClass
{
    Say, Assert, Add, Point, Explain, Believe, Call, Warn, Deny, Reveal, Announce, Accuse, Condemn,
    Praise, Promise, Express, Ask, Demand, Describe, Write, Report,
    /// <summary>According-to forms: بحسب، وفقاً لـ، نقلاً عن.</summary>
    According,
    /// <summary>Perception, knowledge or proof (يثبت، تبين): not a speech act.</summary>
    Perception,
    /// <summary>The colon of a <c>Speaker: statement</c> headline.</summary>
    Heading,
}
