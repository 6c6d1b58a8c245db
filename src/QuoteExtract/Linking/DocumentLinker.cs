using QuoteExtract.Detection;
using QuoteExtract.Lexicon;
using QuoteExtract.Records;

namespace QuoteExtract.Linking;

/// <summary>
/// Resolves the speakers of accepted candidates across the document, in reading order. A phrase
/// resolves through the <see cref="SpeakerTable"/>; a cue without one (<c>وأضاف:</c>، <c>، مشيراً إلى أن</c>)
/// continues the subject of its sentence, else the last speaker it agrees with in gender and number.
/// Headlines are linked last and only to speakers the body knows, or to a phrase that is a speaker by itself.
/// </summary>
internal static class DocumentLinker
{
    private const int ContinuationLookBack = 4;

    public static (List<LinkedQuote> Quotes, SpeakerTable Table) Link(DocumentContext doc, DocumentMentions mentions, IReadOnlyList<QuoteCandidate> accepted)
    {
        var table = new SpeakerTable(doc.Text, mentions);
        var linked = new List<LinkedQuote>(accepted.Count);
        var order = accepted.Where(c => c.Introducer.Kind != IntroducerKind.HeadlineColon).OrderBy(c => c.CueFirst);
        foreach (var c in order)
        {
            SpeakerEntity? speaker = null;
            if (c.Phrase is not null)
            {
                speaker = table.Resolve(c.Phrase);
                speaker?.Observe(c.Agreement);
            }
            else
            {
                speaker = Continue(linked, c);
            }
            if (speaker is not null) speaker.SpeaksInBody = true;
            linked.Add(new LinkedQuote(c, speaker));
        }
        foreach (var c in accepted.Where(c => c.Introducer.Kind == IntroducerKind.HeadlineColon))
        {
            var phrase = c.Phrase!;
            bool standsAlone = phrase.Title is not null || phrase.Kind != SpeakerKind.Person;
            var speaker = table.Resolve(phrase, create: standsAlone);
            if (speaker is not null && speaker.SpeaksInBody) linked.Add(new LinkedQuote(c, speaker));
        }
        return (linked, table);
    }

    private static SpeakerEntity? Continue(List<LinkedQuote> linked, QuoteCandidate c)
    {
        // a participle continues the subject of its own sentence
        for (int i = linked.Count - 1; i >= 0 && i >= linked.Count - ContinuationLookBack; i--)
        {
            var previous = linked[i];
            if (previous.Speaker is null) continue;
            if (c.Type == CueType.Participle && previous.Candidate.Sentence == c.Sentence) return previous.Speaker;
            if (previous.Speaker.Agrees(c.Agreement)) return previous.Speaker;
        }
        return linked.Count > 0 ? linked[^1].Speaker : null;
    }
}
