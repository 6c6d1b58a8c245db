using QuoteExtract.Detection;
using QuoteExtract.Linking;
using QuoteExtract.Text;

namespace QuoteExtract.Records;

/// <summary>Turns linked candidates into the public immutable records, with offsets into the original text.</summary>
internal static class ResultBuilder
{
    public static ExtractionResult Build(ExtractionTrace trace)
    {
        var text = trace.Document.Text;
        var table = trace.Table;
        var original = text.Original;
        var used = new HashSet<SpeakerEntity>();
        var quotations = new List<Quotation>(trace.Quotes.Count);
        var order = Enumerable.Range(0, trace.Quotes.Count)
            .OrderBy(i => trace.Quotes[i].Candidate.ContentFirst).ThenBy(i => trace.Quotes[i].Candidate.CueFirst);
        foreach (int i in order)
        {
            var linked = trace.Quotes[i];
            var (c, entity) = (linked.Candidate, linked.Speaker);
            var tokens = text.Tokens;
            var content = TextSpan.Of(original, tokens[c.ContentFirst].Start, tokens[c.ContentEnd - 1].End);
            var cueStart = tokens[c.CueFirst].Start;
            var cueEnd = tokens[c.CueEnd - 1].End;
            var cue = new Cue(cueStart, cueEnd, original[cueStart..cueEnd], c.Lemma, c.Class);
            QuotationSpeaker? speaker = null;
            if (entity is not null)
            {
                used.Add(entity);
                var mention = linked.Mention?.OriginalSpan(tokens) is (int start, int end) ? TextSpan.Of(original, start, end) : null;
                speaker = new QuotationSpeaker(entity.Id, entity.CanonicalName, entity.Title, mention);
            }
            quotations.Add(new Quotation(c.Kind, content, cue, speaker, Math.Round(c.Score * linked.SpeakerScore, 4)));
        }
        var speakers = table.Entities.Where(used.Contains)
            .Select(e => new Speaker(e.Id, e.CanonicalName, e.Title, e.Rank, e.Kind,
                e.Mentions.OrderBy(m => m.Start).Select(m => TextSpan.Of(original, m.Start, m.End)).ToList()))
            .ToList();
        return new ExtractionResult(quotations, speakers);
    }
}
