using QuoteExtract.Attribution;
using QuoteExtract.Lexicon;
using QuoteExtract.Records;
using QuoteExtract.Text;

namespace QuoteExtract.Detection;

/// <summary>
/// Headlines and sub-headings of the shape <c>SPEAKER: statement</c>. The left side must be a speaker
/// phrase as a whole (a name, a title, an organisation); whether it names a speaker of this document
/// is decided after linking, since a bare surname such as <c>لافروف:</c> is only known from the body.
/// </summary>
internal sealed class HeadlineDetector(SpeakerPhraseParser parser)
{
    private const int MaxSpeakerTokens = 8;
    private const int MinContentTokens = 3;

    public IEnumerable<QuoteCandidate> Detect(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        foreach (var sentence in doc.Text.Sentences)
        {
            if (!sentence.IsHeadline || !tokens[sentence.First].IsArabicWord) continue; // not a link (https://…)
            int colon = -1;
            for (int i = sentence.First + 1; i < Math.Min(sentence.End, sentence.First + MaxSpeakerTokens + 1); i++)
            {
                if (FunctionWords.IsColon(tokens[i]))
                {
                    colon = i;
                    break;
                }
            }
            if (colon < 0 || sentence.End - colon - 1 < MinContentTokens) continue;
            if (doc.Lexicon.Places.MatchAt(tokens, sentence.First) == colon - sentence.First) continue; // a dateline
            var phrase = parser.ParseAt(doc.Text, sentence.First, colon);
            if (phrase is null || phrase.End != colon) continue;
            int first = colon + 1;
            int end = ClauseBoundary.TrimEnd(tokens, first, sentence.End);
            if (doc.QuoteOpeningAt(first) is { } q && q.Close >= end - 1)
            {
                (first, end) = (q.ContentFirst, q.ContentEnd);
            }
            if (!doc.Text.HasArabicWord(first, end)) continue;
            yield return new QuoteCandidate(QuotationKind.Direct, first, end, colon, colon + 1, null, '\0',
                new Introducer(IntroducerKind.HeadlineColon, colon), phrase, true)
            {
                Sentence = sentence.Index,
            };
        }
    }
}
