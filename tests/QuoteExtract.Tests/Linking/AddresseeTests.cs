using QuoteExtract.Detection;
using QuoteExtract.Linking;
using QuoteExtract.Scoring;

namespace QuoteExtract.Tests.Linking;

/// <summary>
/// A noun phrase after a verb that takes an addressee (طالب، دعا، حذر، وعد، أبلغ …), right before the content, may be
/// the speaker (<c>وطالبت الحكومة بتشكيل لجنة</c>) or whom the speaker addresses (<c>وطالب السلطة بإنهاء …</c> continuing
/// the speaker before; <c>القاهرة تحذر واشنطن من …</c>). The rules take the phrase; the scorer decides between the phrase,
/// the continuation and the subject before the verb where the verb's gender or a subject before it gives evidence, and the addressee
/// neither names nor joins the speaker it did not become.
/// </summary>
[TestFixture]
public class AddresseeTests
{
    private static readonly QuoteExtractor Extractor = new(new QuoteExtractorOptions { UseModels = false });

    private const string Continued = "وقال المتحدث باسم الحركة فوزي برهوم إن الاعتقالات مستمرة في الضفة.\n"
        + "وطالب السلطة بإنهاء سياسة الباب الدوار فوراً.";

    private const string SubjectFirst = "القاهرة تحذر واشنطن من التدخل في شؤون مصر الداخلية";

    [Test]
    public void The_phrase_after_a_cue_that_takes_an_addressee_is_marked_and_offered_beside_the_continuation()
    {
        var trace = Extractor.Run(Continued, RuleScorer.Instance, CancellationToken.None)!;
        var demand = trace.Quotes[1];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(demand.Candidate.PhraseMayBeAddressee, Is.True);
            Assert.That(demand.Options.Select(o => o.Source), Is.EqualTo(new[] { SpeakerSource.Phrase, SpeakerSource.Continuation }));
            Assert.That(demand.Speaker?.CanonicalName, Is.EqualTo("السلطة"), "the rules take the phrase");
            Assert.That(trace.Quotes[0].Candidate.PhraseMayBeAddressee, Is.False, "قال takes no addressee");
        }
    }

    [Test]
    public void A_chosen_continuation_keeps_the_addressee_out_of_the_speaker_and_its_mention()
    {
        var trace = Extractor.Run(Continued, new Prefer(SpeakerSource.Continuation), CancellationToken.None)!;
        var demand = trace.Quotes[1];
        int addresseeStart = trace.Document.Tokens[demand.Candidate.Phrase!.First].Start;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(demand.Speaker?.CanonicalName, Is.EqualTo("فوزي برهوم"));
            Assert.That(demand.Mention, Is.Null, "a continuation has no words naming it");
            Assert.That(demand.Speaker!.Mentions.Select(m => m.Start), Does.Not.Contain(addresseeStart));
            Assert.That(trace.Table.Entities.Select(e => e.CanonicalName), Does.Not.Contain("السلطة"), "the addressee is not a speaker");
        }
    }

    [Test]
    public void The_subject_before_the_verb_is_offered_and_named_when_chosen()
    {
        var trace = Extractor.Run(SubjectFirst, new Prefer(SpeakerSource.Mention), CancellationToken.None)!;
        var warning = trace.Quotes.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(warning.Candidate.PhraseMayBeAddressee, Is.True);
            Assert.That(warning.Candidate.SubjectBeforeCue?.Name, Is.EqualTo("القاهرة"));
            Assert.That(warning.Speaker?.CanonicalName, Is.EqualTo("القاهرة"));
            Assert.That(warning.Mention, Is.SameAs(warning.Candidate.SubjectBeforeCue));
        }
    }

    [Test]
    public void The_scorer_decides_an_addressee_without_the_doubt_gate()
    {
        // a scorer only mildly in favour of the continuation still displaces the phrase, unlike elsewhere
        var trace = Extractor.Run(Continued, new Prefer(SpeakerSource.Continuation, chosen: 0.6, others: 0.55), CancellationToken.None)!;
        Assert.That(trace.Quotes[1].Speaker?.CanonicalName, Is.EqualTo("فوزي برهوم"));
    }

    [Test]
    public void Without_gender_or_a_subject_before_the_verb_to_go_on_the_subject_reading_keeps_the_doubt_gate()
    {
        const string text = "وقالت النائبة سلمى يوسف إن المستشفى مكتظ بالمرضى.\nوطالبت الوزارة بإرسال فريق من الأطباء.";
        var mild = Extractor.Run(text, new Prefer(SpeakerSource.Continuation, chosen: 0.6, others: 0.3), CancellationToken.None)!;
        var sure = Extractor.Run(text, new Prefer(SpeakerSource.Continuation), CancellationToken.None)!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(mild.Quotes[1].Candidate.PhraseMayBeAddressee, Is.True);
            Assert.That(mild.Quotes[1].Candidate.PhraseDisagreesWithCue, Is.False, "وطالبت agrees with الوزارة");
            Assert.That(mild.Quotes[1].Speaker?.CanonicalName, Is.EqualTo("الوزارة"));
            Assert.That(sure.Quotes[1].Speaker?.CanonicalName, Is.EqualTo("سلمى يوسف"), "a sure scorer still displaces a doubted phrase");
        }
    }

    [TestCase("وقال الوزير إن الوضع صعب. وطالب الوزير الحكومة بخفض الفوائد.", "الوزير")]
    [TestCase("وطالب عباس الولايات المتحدة بإدانة الحادث فورا.", "عباس")]
    [TestCase("ودعت منظمة العفو الدولية السلطات السودانية إلى الإفراج عن المعتقلين.", "منظمة العفو الدولية")]
    [TestCase("وطالب الأعضاء المعزولون الأمين العام بعقد دورة اللجنة.", "الأعضاء المعزولون")]
    public void A_speaker_then_an_addressee_are_two_phrases_and_the_first_speaks(string text, string speaker)
    {
        var trace = Extractor.Run(text, RuleScorer.Instance, CancellationToken.None)!;
        var quote = trace.Quotes.Last();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quote.Candidate.PhraseMayBeAddressee, Is.False);
            Assert.That(quote.Speaker?.CanonicalName, Is.EqualTo(speaker));
        }
    }

    [Test]
    public void A_plural_verb_carries_its_subject_and_the_noun_after_it_is_not_a_speaker()
    {
        const string text = "وقال النواب إن الوزير أخفق في إدارة الأزمة، وطالبوا بسحب الثقة عنه في الجلسة المقبلة.";
        var trace = Extractor.Run(text, RuleScorer.Instance, CancellationToken.None)!;
        var demand = trace.Quotes.Single(q => q.Candidate.Lemma == "طالب");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(demand.Candidate.Phrase, Is.Null);
            Assert.That(demand.Speaker?.CanonicalName, Is.EqualTo("النواب"));
        }
    }

    /// <summary>Accepts what the rules accept and grades options from one source <paramref name="chosen"/>, the others <paramref name="others"/>.</summary>
    private sealed class Prefer(SpeakerSource source, double chosen = 0.95, double others = 0.3) : ICandidateScorer
    {
        public double ScoreQuote(DocumentContext doc, QuoteCandidate candidate) => candidate.RuleScore;

        public double ScoreSpeaker(DocumentContext doc, QuoteCandidate candidate, SpeakerOption option) =>
            option.Source == source ? chosen : others;
    }
}
