using QuoteExtract.Detection;

namespace QuoteExtract.Linking;

/// <summary>
/// A quotation candidate with the document speaker it resolves to (null when none can be found), the
/// scorer's probability that this speaker is right, and the options the speaker was chosen from.
/// </summary>
internal sealed record LinkedQuote(QuoteCandidate Candidate, SpeakerEntity? Speaker, double SpeakerScore, IReadOnlyList<SpeakerOption> Options)
{
    /// <summary>The words of the quotation's sentence that name its speaker; null for a continuation.</summary>
    public Attribution.SpeakerPhrase? Mention { get; init; }
}
