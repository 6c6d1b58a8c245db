using QuoteExtract.Evaluation;
using QuoteExtract.Records;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>
/// <see cref="Evaluator"/> on hand-made predictions: spans match when each covers half of the other, one-to-one,
/// best overlap first; speakers compare after normalisation; offsets are checked against the text.
/// </summary>
[TestFixture]
public class EvaluatorTests
{
    private const string Text = "وقال الوزير خالد بنعلي إن الحكومة ستدعم المزارعين المتضررين من الجفاف.";
    private static readonly int ContentStart = Text.IndexOf("الحكومة", StringComparison.Ordinal);
    private static readonly int ContentEnd = Text.IndexOf("الجفاف", StringComparison.Ordinal) + "الجفاف".Length;

    private static GoldDocument Gold(string? title = "الوزير") => new("d", Text,
        [new GoldQuote("indirect", "وقال", "خالد بنعلي", title, "الوزير خالد بنعلي", "الحكومة", "الجفاف", ContentStart, ContentEnd, (0, 4))]);

    private static Quotation Prediction(int start, int end, string? speaker = "خالد بنعلي", QuotationKind kind = QuotationKind.Indirect, string? text = null, Cue? cue = null) =>
        new(kind, new TextSpan(start, end, text ?? Text[start..end]), cue ?? new Cue(0, 4, "وقال", "قال", QuoteExtract.Lexicon.CueClass.Say),
            speaker is null ? null : new QuotationSpeaker("s1", speaker, "الوزير", null), 0.9);

    private static EvaluationReport Score(params Quotation[] predictions) =>
        Evaluator.Score([Gold()], new Dictionary<string, ExtractionResult> { ["d"] = new(predictions, []) });

    [Test]
    public void An_exact_prediction_scores_one_everywhere()
    {
        var r = Score(Prediction(ContentStart, ContentEnd));
        using (Assert.EnterMultipleScope())
        {
            Assert.That((r.Gold, r.Predicted, r.Matched), Is.EqualTo((1, 1, 1)));
            Assert.That(new[] { r.QuotePrecision, r.QuoteRecall, r.QuoteF1, r.ExactSpanRate, r.SpeakerAccuracy, r.EndToEndF1, r.KindAccuracy }, Has.All.EqualTo(1.0));
            Assert.That(r.TitleAccuracy, Is.EqualTo(1.0));
            Assert.That(r.CueAccuracy, Is.EqualTo(1.0));
            Assert.That(r.OffsetErrors, Is.Zero);
            Assert.That(r.Errors, Is.Empty);
        }
    }

    [Test]
    public void A_prediction_covering_half_of_the_gold_matches_but_is_not_exact()
    {
        int half = ContentStart + (ContentEnd - ContentStart + 1) / 2;
        var r = Score(Prediction(ContentStart, half));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.Matched, Is.EqualTo(1));
            Assert.That(r.ExactSpanRate, Is.Zero);
        }
    }

    [Test]
    public void A_prediction_covering_less_than_half_of_the_gold_does_not_match()
    {
        var r = Score(Prediction(ContentStart, ContentStart + 10));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.Matched, Is.Zero);
            Assert.That(r.QuoteF1, Is.Zero);
            Assert.That(r.Errors, Has.Some.StartWith("d: missed indirect quote of خالد بنعلي").And.Some.StartWith("d: spurious quote"));
        }
    }

    [Test]
    public void A_prediction_more_than_twice_as_long_as_the_gold_does_not_match()
    {
        int start = Text.IndexOf("المزارعين", StringComparison.Ordinal);
        var gold = new GoldDocument("d", Text, [new GoldQuote("indirect", null, "خالد بنعلي", null, null, "المزارعين", "المزارعين", start, start + 9, null)]);
        var r = Evaluator.Score([gold], new Dictionary<string, ExtractionResult> { ["d"] = new([Prediction(ContentStart, ContentEnd)], []) });
        Assert.That(r.Matched, Is.Zero);
    }

    [Test]
    public void Matching_is_one_to_one_and_best_overlap_first()
    {
        var r = Score(Prediction(ContentStart + 8, ContentEnd), Prediction(ContentStart, ContentEnd));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.Matched, Is.EqualTo(1));
            Assert.That(r.QuotePrecision, Is.EqualTo(0.5));
            Assert.That(r.QuoteRecall, Is.EqualTo(1.0));
            Assert.That(r.QuoteF1, Is.EqualTo(0.6667));
            Assert.That(r.ExactSpanRate, Is.EqualTo(1.0), "the exact prediction won the match");
        }
    }

    [TestCase("خالد بنعلي", true, true, TestName = "same name")]
    [TestCase("السيد خالد بنعلي", true, true, TestName = "rank dropped")]
    [TestCase("خالِد بنعلي", true, true, TestName = "diacritics removed")]
    [TestCase("الدكتور خالد بنعلي.", false, false, TestName = "a final dot is kept by the reference normalisation")]
    [TestCase("بنعلي", false, true, TestName = "surname only")]
    [TestCase("سمير حداد", false, false, TestName = "another person")]
    [TestCase(null, false, false, TestName = "no speaker")]
    public void Speakers_compare_after_normalisation(string? speaker, bool exact, bool surname)
    {
        var r = Score(Prediction(ContentStart, ContentEnd, speaker));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.SpeakerAccuracy, Is.EqualTo(exact ? 1.0 : 0.0));
            Assert.That(r.SpeakerSurnameAccuracy, Is.EqualTo(surname ? 1.0 : 0.0));
            Assert.That(r.EndToEndF1, Is.EqualTo(exact ? 1.0 : 0.0));
        }
    }

    [Test]
    public void Kind_and_cue_are_scored_on_matched_quotations()
    {
        var otherCue = new Cue(5, 11, "الوزير", "وزير", QuoteExtract.Lexicon.CueClass.Say);
        var r = Score(Prediction(ContentStart, ContentEnd, kind: QuotationKind.Direct, cue: otherCue));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.KindAccuracy, Is.Zero);
            Assert.That(r.CueAccuracy, Is.Zero);
            Assert.That(r.QuoteF1, Is.EqualTo(1.0));
        }
    }

    [Test]
    public void A_content_text_that_differs_from_the_original_is_an_offset_error_but_still_scored()
    {
        var r = Score(Prediction(ContentStart, ContentEnd, text: "نص آخر"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.OffsetErrors, Is.EqualTo(1));
            Assert.That(r.Predicted, Is.EqualTo(1));
            Assert.That(r.Matched, Is.EqualTo(1));
        }
    }

    [Test]
    public void Offsets_outside_the_text_are_an_offset_error_and_not_scored()
    {
        var r = Score(Prediction(ContentStart, ContentEnd), new Quotation(QuotationKind.Direct, new TextSpan(10, Text.Length + 5, "x"), null, null, 0.5));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.OffsetErrors, Is.EqualTo(1));
            Assert.That(r.Predicted, Is.EqualTo(1));
        }
    }

    [Test]
    public void No_prediction_scores_zero_and_titles_without_gold_are_null()
    {
        var r = Evaluator.Score([Gold(title: null)], new Dictionary<string, ExtractionResult>());
        using (Assert.EnterMultipleScope())
        {
            Assert.That((r.Documents, r.Gold, r.Predicted, r.Matched), Is.EqualTo((1, 1, 0, 0)));
            Assert.That(r.QuoteF1, Is.Zero);
            Assert.That(r.TitleAccuracy, Is.Null);
            Assert.That(r.CueAccuracy, Is.Null, "no matched quotation has a gold cue");
        }
    }

    [Test]
    public void Lines_print_like_the_reference()
    {
        var lines = Score(Prediction(ContentStart, ContentEnd)).Lines().ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines, Has.Count.EqualTo(17));
            Assert.That(lines[0], Is.EqualTo("documents              1"));
            Assert.That(lines[6], Is.EqualTo("quote_f1               1.0"));
            Assert.That(lines[^1], Is.EqualTo("offset_errors          0"));
        }
    }
}
