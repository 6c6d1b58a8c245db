namespace QuoteExtract.Detection;

/// <summary>What opens the reported content after a cue.</summary>
internal enum IntroducerKind
{
    /// <summary>إن، أن، بأن، أنه …</summary>
    Complementiser,
    /// <summary>A colon.</summary>
    Colon,
    /// <summary>An opening quotation mark.</summary>
    QuoteMark,
    /// <summary>A preposition the cue governs: إلى، على، عن، من، ب.</summary>
    Preposition,
    /// <summary>The content stands before the cue: <c>«…»، قال</c> or <c>…، كما ذكرت</c>.</summary>
    ContentBefore,
    /// <summary>An according-to phrase at the start of its clause: <c>وبحسب X، فإن …</c>.</summary>
    ContentAfterSource,
    /// <summary>The colon of a <c>Speaker: statement</c> headline.</summary>
    HeadlineColon,
    /// <summary>A noun phrase object of the cue (<c>أبدى قلقه</c>، <c>أكد أولوية …</c>): the rules leave it to the cue classifier.</summary>
    Object,
}

/// <summary>The token that opens the content and what kind of token it is.</summary>
internal readonly record struct Introducer(IntroducerKind Kind, int Token);
