using QuoteExtract.Detection;
using QuoteExtract.Lexicon;
using QuoteExtract.Records;
using QuoteExtract.Scoring;

namespace QuoteExtract.Linking;

/// <summary>
/// Resolves the speakers of accepted candidates across the document, in reading order. Each quotation gets
/// its speaker options: the phrase next to the cue resolved through the <see cref="SpeakerTable"/>; the
/// speaker a subject-less cue (<c>وأضاف:</c>، <c>، مشيراً إلى أن</c>) continues — the subject of its sentence,
/// else the last speaker it agrees with in gender and number; and the speaker quoted just before. The rules
/// choose the phrase, else the continuation; a scorer grades every option and the best one is kept.
/// Headlines are linked last and only to speakers the body knows, or to a phrase that is a speaker by itself.
/// </summary>
internal static class DocumentLinker
{
    private const int ContinuationLookBack = 4;

    public static (List<LinkedQuote> Quotes, SpeakerTable Table) Link(DocumentContext doc, DocumentMentions mentions, IReadOnlyList<QuoteCandidate> accepted, ICandidateScorer scorer)
    {
        var table = new SpeakerTable(doc.Text, mentions);
        var linked = new List<LinkedQuote>(accepted.Count);
        var lastQuoted = new Dictionary<SpeakerEntity, int>();
        foreach (var c in accepted.Where(c => c.Introducer.Kind != IntroducerKind.HeadlineColon).OrderBy(c => c.CueFirst))
        {
            var phrase = c.Phrase ?? TheLatter(doc, mentions, c);
            var fromPhrase = phrase is null ? null : table.Resolve(phrase);
            // a verb before a plural subject stays singular (يقول منتقدون): the phrase, not the verb, shows the number
            fromPhrase?.Observe(LooksPlural(phrase!) ? Agreement.MasculinePlural : c.Agreement);
            var continued = Continue(linked, c);
            var options = new List<SpeakerOption>(3);
            Add(options, doc, c, fromPhrase, SpeakerSource.Phrase, ruleChoice: true, lastQuoted);
            Add(options, doc, c, continued, SpeakerSource.Continuation, ruleChoice: fromPhrase is null, lastQuoted);
            Add(options, doc, c, linked.LastOrDefault(q => q.Speaker is not null && q.Speaker != fromPhrase && q.Speaker != continued)?.Speaker,
                SpeakerSource.Recent, ruleChoice: false, lastQuoted);
            var (speaker, score) = Choose(doc, c, options, scorer);
            if (speaker is not null)
            {
                speaker.SpeaksInBody = true;
                lastQuoted[speaker] = c.Sentence;
            }
            linked.Add(new LinkedQuote(c, speaker, score, options));
        }
        foreach (var c in accepted.Where(c => c.Introducer.Kind == IntroducerKind.HeadlineColon))
        {
            var phrase = c.Phrase!;
            bool standsAlone = phrase.Title is not null || phrase.Kind != SpeakerKind.Person;
            var speaker = table.Resolve(phrase, create: standsAlone);
            if (speaker is null || !speaker.SpeaksInBody) continue;
            var options = new List<SpeakerOption>(1);
            Add(options, doc, c, speaker, SpeakerSource.Phrase, ruleChoice: true, lastQuoted);
            linked.Add(new LinkedQuote(c, speaker, scorer.ScoreSpeaker(doc, c, options[0]), options));
        }
        return (linked, table);
    }

    /// <summary><c>وأكد هذا الأخير</c>: the person named last before the cue.</summary>
    private static Attribution.SpeakerPhrase? TheLatter(DocumentContext doc, DocumentMentions mentions, QuoteCandidate c)
    {
        if (doc.Text.At(c.CueEnd) is not { Normalized: "هذا" or "هذه" } || doc.Text.At(c.CueEnd + 1) is not { Normalized: "الاخير" or "الاخيره" }) return null;
        return mentions.Phrases.LastOrDefault(p => p.Kind == SpeakerKind.Person && p.HasName && p.End <= c.CueFirst);
    }

    private static readonly HashSet<string> s_brokenPlurals = new(StringComparer.Ordinal)
    {
        "مصادر", "شهود", "خبراء", "اعضاء", "نشطاء", "جنود", "تجار", "اهالي", "سكان", "جهات", "اوساط", "دوائر", "مسؤولو",
    };

    /// <summary>An unnamed source in the plural (منتقدون، مصادر، شهود).</summary>
    private static bool LooksPlural(Attribution.SpeakerPhrase phrase)
    {
        if (phrase.Kind != SpeakerKind.UnnamedSource) return false;
        var head = phrase.Head.StartsWith("ال", StringComparison.Ordinal) ? phrase.Head[2..] : phrase.Head;
        return s_brokenPlurals.Contains(head) || head.EndsWith("ون", StringComparison.Ordinal) || head.EndsWith("ين", StringComparison.Ordinal);
    }

    /// <summary>The option with the highest score; the rule choice wins a tie.</summary>
    private static (SpeakerEntity? Speaker, double Score) Choose(DocumentContext doc, QuoteCandidate c, List<SpeakerOption> options, ICandidateScorer scorer)
    {
        SpeakerEntity? best = null;
        double bestScore = 0;
        foreach (var option in options.OrderByDescending(o => o.IsRuleChoice))
        {
            double score = scorer.ScoreSpeaker(doc, c, option);
            if (best is null || score > bestScore) (best, bestScore) = (option.Entity, score);
        }
        return (best, bestScore);
    }

    private static void Add(List<SpeakerOption> options, DocumentContext doc, QuoteCandidate c, SpeakerEntity? entity, SpeakerSource source, bool ruleChoice,
        Dictionary<SpeakerEntity, int> lastQuoted)
    {
        if (entity is null || options.Any(o => o.Entity == entity)) return;
        int since = lastQuoted.TryGetValue(entity, out var s) ? Math.Abs(c.Sentence - s) : -1;
        options.Add(new SpeakerOption(entity, source, ruleChoice, since, MentionedBefore(doc, c, entity)));
    }

    /// <summary>Whether the speaker has a mention in the cue's sentence before the cue.</summary>
    private static bool MentionedBefore(DocumentContext doc, QuoteCandidate c, SpeakerEntity entity)
    {
        var sentence = doc.Text.Sentences[c.Sentence];
        int from = doc.Tokens[sentence.First].Start, to = doc.Tokens[c.CueFirst].Start;
        return entity.Mentions.Any(m => m.Start >= from && m.End <= to);
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
