namespace QuoteExtract.Lexicon;

/// <summary>The grammatical shape of a reporting cue.</summary>
public enum CueType
{
    /// <summary>A finite verb: قال، يؤكد، أُعلن.</summary>
    Verb,
    /// <summary>A circumstantial participle: مشيراً، مؤكدة، قائلاً.</summary>
    Participle,
    /// <summary>A verbal or report noun: تصريح، بيان، قوله.</summary>
    Noun,
    /// <summary>An according-to form: بحسب، وفقاً لـ، نقلاً عن.</summary>
    According,
    /// <summary>The colon of a headline.</summary>
    Colon,
}
