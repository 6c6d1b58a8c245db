using QuoteExtract.Attribution;
using QuoteExtract.Detection;
using QuoteExtract.Lexicon;
using QuoteExtract.Records;
using QuoteExtract.Scoring;

namespace QuoteExtract.Linking;

/// <summary>
/// Resolves the speakers of accepted candidates across the document, in reading order. Each quotation gets
/// its speaker options: the phrase next to the cue resolved through the <see cref="SpeakerTable"/>; the
/// speaker a subject-less cue (<c>وأضاف:</c>، <c>، مشيراً إلى أن</c>) continues — the subject of its sentence,
/// else the last speaker it agrees with in gender and number; the speaker quoted just before; and for a title
/// without a name, the people named near the cue. The rules choose the phrase, else the continuation; a scorer
/// grades every option, and another option displaces the rule choice only when the scorer doubts it and is sure of that one.
/// Headlines are linked last and only to speakers the body knows, or to a phrase that is a speaker by itself.
/// </summary>
internal static class DocumentLinker
{
    private const int ContinuationLookBack = 4;
    private const int MentionLookBack = 3;
    private const int MentionOptions = 4;

    public static (List<LinkedQuote> Quotes, SpeakerTable Table) Link(DocumentContext doc, DocumentMentions mentions, IReadOnlyList<QuoteCandidate> accepted, ICandidateScorer scorer)
    {
        var table = new SpeakerTable(doc.Text, mentions);
        var linked = new List<LinkedQuote>(accepted.Count);
        var lastQuoted = new Dictionary<SpeakerEntity, int>();
        foreach (var c in accepted.Where(c => c.Introducer.Kind != IntroducerKind.HeadlineColon).OrderBy(c => c.CueFirst))
        {
            var phrase = c.Phrase ?? TheLatter(doc, mentions, c);
            // a phrase that may be whom the cue addresses joins the table only when it is chosen as the speaker
            bool addressee = c.PhraseMayBeAddressee;
            var fromPhrase = phrase is null ? null : addressee ? table.Preview(phrase) : Observed(table.Resolve(phrase), phrase, c);
            var continued = Continue(linked, c);
            var context = new OptionContext(doc, c, lastQuoted, (fromPhrase ?? continued)?.Name is not null);
            var options = new List<SpeakerOption>(4 + MentionOptions);
            Add(options, context, fromPhrase, SpeakerSource.Phrase, ruleChoice: true, addressee ? phrase : null); // mentioned here, as a resolved phrase is
            Add(options, context, continued, SpeakerSource.Continuation, ruleChoice: fromPhrase is null);
            Add(options, context, linked.LastOrDefault(q => q.Speaker is not null && q.Speaker != fromPhrase && q.Speaker != continued)?.Speaker,
                SpeakerSource.Recent, ruleChoice: false);
            if (c.SubjectBeforeCue is { } subject) Add(options, context, table.Preview(subject), SpeakerSource.Mention, ruleChoice: false, subject);
            // the people named near a title stand for the title's holder, not for a speaker other than the addressee it may name
            if (phrase is { HasName: false } && phrase.Kind == SpeakerKind.Person && !addressee) AddMentions(options, context, mentions, table);
            var (chosen, score) = Choose(doc, c, options, scorer);
            var speaker = chosen switch
            {
                { Source: SpeakerSource.Phrase } when addressee => Observed(table.Resolve(phrase!), phrase!, c),
                { Mention: { } mention } when !table.Holds(chosen.Entity) => table.Resolve(mention),
                _ => chosen?.Entity,
            };
            // the words next to the cue name the speaker chosen for them, unless they name whom the speaker addresses
            var named = !addressee || chosen?.Source == SpeakerSource.Phrase ? c.Phrase : chosen?.Mention == c.SubjectBeforeCue ? c.SubjectBeforeCue : null;
            if (speaker is not null && named is not null) table.Attach(speaker, named);
            if (speaker is not null)
            {
                speaker.SpeaksInBody = true;
                lastQuoted[speaker] = c.Sentence;
            }
            linked.Add(new LinkedQuote(c, speaker, score, options) { Mention = speaker is null ? null : named });
        }
        foreach (var c in accepted.Where(c => c.Introducer.Kind == IntroducerKind.HeadlineColon))
        {
            var phrase = c.Phrase!;
            bool standsAlone = phrase.Title is not null || phrase.Kind != SpeakerKind.Person;
            var speaker = table.Resolve(phrase, create: standsAlone);
            if (speaker is null || !speaker.SpeaksInBody) continue;
            var options = new List<SpeakerOption>(1);
            Add(options, new OptionContext(doc, c, lastQuoted, speaker.Name is not null), speaker, SpeakerSource.Phrase, ruleChoice: true);
            linked.Add(new LinkedQuote(c, speaker, scorer.ScoreSpeaker(doc, c, options[0]), options) { Mention = phrase });
        }
        return (linked, table);
    }

    /// <summary>The phrase's speaker, told the cue's agreement; a verb before a plural subject stays singular (يقول منتقدون): the phrase, not the verb, shows the number.</summary>
    private static SpeakerEntity? Observed(SpeakerEntity? entity, SpeakerPhrase phrase, QuoteCandidate c)
    {
        entity?.Observe(LooksPlural(phrase) ? Agreement.MasculinePlural : c.Agreement);
        return entity;
    }

    /// <summary><c>وأكد هذا الأخير</c>: the person named last before the cue.</summary>
    private static SpeakerPhrase? TheLatter(DocumentContext doc, DocumentMentions mentions, QuoteCandidate c)
    {
        if (doc.Text.At(c.CueEnd) is not { Normalized: "هذا" or "هذه" } || doc.Text.At(c.CueEnd + 1) is not { Normalized: "الاخير" or "الاخيره" }) return null;
        return mentions.Phrases.LastOrDefault(p => p.Kind == SpeakerKind.Person && p.HasName && p.End <= c.CueFirst);
    }

    private static readonly HashSet<string> s_brokenPlurals = new(StringComparer.Ordinal)
    {
        "مصادر", "شهود", "خبراء", "اعضاء", "نشطاء", "جنود", "تجار", "اهالي", "سكان", "جهات", "اوساط", "دوائر", "مسؤولو",
    };

    /// <summary>An unnamed source in the plural (منتقدون، مصادر، شهود).</summary>
    private static bool LooksPlural(SpeakerPhrase phrase)
    {
        if (phrase.Kind != SpeakerKind.UnnamedSource) return false;
        var head = phrase.Head.StartsWith("ال", StringComparison.Ordinal) ? phrase.Head[2..] : phrase.Head;
        return s_brokenPlurals.Contains(head) || head.EndsWith("ون", StringComparison.Ordinal) || head.EndsWith("ين", StringComparison.Ordinal);
    }

    /// <summary>
    /// The rule choice, unless the scorer doubts it (below <see cref="DoubtedRuleChoice"/>) and is sure of another option
    /// (from <see cref="SureAlternative"/>): then the best-scored option. Without a rule choice, the best-scored option.
    /// </summary>
    private static (SpeakerOption? Option, double Score) Choose(DocumentContext doc, QuoteCandidate c, List<SpeakerOption> options, ICandidateScorer scorer)
    {
        SpeakerOption? best = null, rule = null;
        double bestScore = 0, ruleScore = 0;
        foreach (var option in options)
        {
            double score = scorer.ScoreSpeaker(doc, c, option);
            if (option.IsRuleChoice) (rule, ruleScore) = (option, score);
            if (best is null || score > bestScore) (best, bestScore) = (option, score);
        }
        // whether a phrase names the speaker or whom the speaker addresses is the scorer's to decide where the text gives it
        // evidence either way: the verb's gender against the phrase, or a subject before the verb; else the subject reading stands
        if (c.PhraseMayBeAddressee && (c.PhraseDisagreesWithCue || c.SubjectBeforeCue is not null)) return (best, bestScore);
        return rule is null || (ruleScore < DoubtedRuleChoice && bestScore >= SureAlternative) ? (best, bestScore) : (rule, ruleScore);
    }

    private const double DoubtedRuleChoice = 0.5;
    private const double SureAlternative = 0.9;

    /// <summary>What every option of one quotation is measured against.</summary>
    private sealed record OptionContext(DocumentContext Doc, QuoteCandidate Candidate, Dictionary<SpeakerEntity, int> LastQuoted, bool RuleChoiceNamed);

    private static void Add(List<SpeakerOption> options, OptionContext context, SpeakerEntity? entity, SpeakerSource source, bool ruleChoice,
        SpeakerPhrase? mention = null)
    {
        if (entity is null || options.Any(o => o.Entity == entity)) return;
        var (doc, c) = (context.Doc, context.Candidate);
        int since = context.LastQuoted.TryGetValue(entity, out var s) ? Math.Abs(c.Sentence - s) : -1;
        int mentioned = mention is not null ? c.Sentence - doc.Text.SentenceOf(mention.First).Index : SentencesSinceMentioned(doc, c, entity);
        options.Add(new SpeakerOption(entity, source, ruleChoice, since, MentionedBefore(doc, c, entity), mentioned, context.RuleChoiceNamed, mention));
    }

    /// <summary>
    /// For a title without a name (<c>رئيس لجنة التحكيم</c>): the people named nearest the cue, in its sentence outside the
    /// content or in the <see cref="MentionLookBack"/> sentences before it, that no other option already offers.
    /// </summary>
    private static void AddMentions(List<SpeakerOption> options, OptionContext context, DocumentMentions mentions, SpeakerTable table)
    {
        var (doc, c) = (context.Doc, context.Candidate);
        int from = doc.Text.Sentences[Math.Max(0, c.Sentence - MentionLookBack)].First, to = doc.Text.Sentences[c.Sentence].End;
        int added = 0;
        foreach (var p in mentions.Phrases.Where(p => p.First >= from && p.End <= to && IsNamed(doc, p) && (p.End <= c.ContentFirst || p.First >= c.ContentEnd))
                     .OrderBy(p => Math.Abs(p.First - c.CueFirst)))
        {
            int before = options.Count;
            Add(options, context, table.Preview(p), SpeakerSource.Mention, ruleChoice: false, p);
            if (options.Count > before && ++added == MentionOptions) break;
        }
    }

    /// <summary>Whether the speaker has a mention in the cue's sentence before the cue.</summary>
    private static bool MentionedBefore(DocumentContext doc, QuoteCandidate c, SpeakerEntity entity)
    {
        var sentence = doc.Text.Sentences[c.Sentence];
        int from = doc.Tokens[sentence.First].Start, to = doc.Tokens[c.CueFirst].Start;
        return entity.Mentions.Any(m => m.Start >= from && m.End <= to);
    }

    /// <summary>A person whose name comes with a title or rank or recurs in the document.</summary>
    private static bool IsNamed(DocumentContext doc, SpeakerPhrase p) =>
        p.Kind == SpeakerKind.Person && p.HasName && (p.Title is not null || p.Rank is not null || doc.Text.CountOf(p.NameWords[^1]) > 1);

    /// <summary>How many sentences before the cue's the speaker was last mentioned (0 in the same sentence), -1 for never.</summary>
    private static int SentencesSinceMentioned(DocumentContext doc, QuoteCandidate c, SpeakerEntity entity)
    {
        int sentenceEnd = doc.Tokens[doc.Text.Sentences[c.Sentence].End - 1].End;
        int last = -1;
        foreach (var (start, _) in entity.Mentions)
        {
            if (start < sentenceEnd && start > last) last = start;
        }
        return last < 0 ? -1 : c.Sentence - doc.Text.SentenceAtOffset(last).Index;
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
