using System.Diagnostics;
using System.Text;

namespace QuoteExtract.Tests.Records;

/// <summary>Odd, huge and random inputs finish without exceptions; invalid arguments throw the documented exceptions.</summary>
[TestFixture]
public class RobustnessTests
{
    private static readonly QuoteExtractor Extractor = new();

    [TestCase("", TestName = "empty")]
    [TestCase("   \n\t\n  ", TestName = "whitespace")]
    [TestCase("\u200F\u200E\u0640ًٌ", TestName = "only removed characters")]
    [TestCase("،.؛:!؟«»“”\"()-…", TestName = "only punctuation")]
    [TestCase("«««««", TestName = "only opening marks")]
    [TestCase("»»» قال «", TestName = "closing marks first")]
    [TestCase("وقال الوزير: «إن الحكومة ستدعم المزارعين", TestName = "unbalanced opening mark at the end")]
    [TestCase("وقال الوزير إن الحكومة » ستدعم « المزارعين » «", TestName = "marks facing the wrong way")]
    [TestCase("قال", TestName = "a cue alone")]
    [TestCase("وقال:", TestName = "a cue and a colon")]
    [TestCase("قال قال قال قال إن إن إن", TestName = "repeated cues and complementisers")]
    [TestCase("بحسب", TestName = "an according-to word alone")]
    [TestCase(":", TestName = "a colon alone")]
    [TestCase("الوزير:\n", TestName = "a headline speaker without a statement")]
    [TestCase("😀😀 قال 😀: «😀»", TestName = "emoji around a cue")]
    public void Odd_inputs_give_a_valid_result(string text)
    {
        var result = ExtractWithin(text, TimeSpan.FromSeconds(10));
        foreach (var q in result.Quotations)
        {
            Assert.That(text[q.Content.Start..q.Content.End], Is.EqualTo(q.Content.Text));
        }
    }

    [TestCase("", TestName = "empty")]
    [TestCase(" \n ", TestName = "whitespace")]
    [TestCase("\u200F\u0640", TestName = "only removed characters")]
    public void Texts_without_tokens_give_the_empty_result(string text)
    {
        Assert.That(Extractor.Extract(text), Is.SameAs(QuoteExtract.Records.ExtractionResult.Empty));
    }

    [Test]
    [CancelAfter(20_000)]
    public void Two_hundred_kilobytes_of_repeated_news_finish_quickly()
    {
        var sample = File.ReadAllText(TestPaths.SampleArticle);
        var b = new StringBuilder();
        while (b.Length < 200_000) b.Append(sample).Append('\n');
        var text = b.ToString();

        var watch = Stopwatch.StartNew();
        var result = Extractor.Extract(text);
        watch.Stop();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Quotations, Has.Count.GreaterThan(500));
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        }
    }

    [Test]
    public void Two_hundred_kilobytes_of_one_repeated_sentence_finish()
    {
        var text = string.Concat(Enumerable.Repeat("وقال الوزير «إن ", 12_500));
        Assert.That(text, Has.Length.GreaterThanOrEqualTo(200_000));
        Assert.That(ExtractWithin(text, TimeSpan.FromSeconds(20)).Quotations, Is.Not.Empty);
    }

    [TestCase("وقال الوزير، «\nإن الوضع مستقر في المدينة.", TestName = "opening mark after a comma ends the line")]
    [TestCase("وقال الوزير «»\nإن الوضع مستقر في المدينة.", TestName = "empty guillemets end the line")]
    [TestCase("وأكد الوزير \"«\nلا تعليق على ذلك.", TestName = "two opening marks end the line")]
    public void A_paragraph_ending_in_an_opening_mark_finishes(string text)
    {
        Assert.That(ExtractWithin(text, TimeSpan.FromSeconds(5)).Quotations, Has.Count.LessThanOrEqualTo(1));
    }

    [Test]
    public void Random_unicode_never_throws([Values(1, 7, 42, 1234)] int seed)
    {
        var random = new Random(seed);
        for (int n = 0; n < 200; n++)
        {
            var b = new StringBuilder();
            int length = random.Next(0, 400);
            for (int k = 0; k < length; k++)
            {
                b.Append(random.Next(10) switch
                {
                    < 4 => (char)random.Next(0x0600, 0x0700),         // Arabic block, marks included
                    4 => " \n،.:«»\"“”"[random.Next(10)],
                    5 => (char)random.Next(0x2000, 0x2070),           // spaces, bidi and punctuation
                    6 => char.ConvertFromUtf32(random.Next(0x1F300, 0x1FAFF))[0], // a lone high surrogate
                    _ => (char)random.Next(0x20, 0xD7FF),
                });
            }
            var text = b.ToString();
            try
            {
                var result = ExtractWithin(text, TimeSpan.FromSeconds(10));
                foreach (var q in result.Quotations) Assert.That(text[q.Content.Start..q.Content.End], Is.EqualTo(q.Content.Text));
            }
            catch (Exception e) when (e is not AssertionException)
            {
                Assert.Fail($"seed {seed}, text {n}: {e.GetType().Name}: {e.Message} for {string.Join(' ', text.Select(c => ((int)c).ToString("X4")))}");
            }
        }
    }

    [Test]
    public void Random_words_from_news_vocabulary_never_throw()
    {
        string[] words = ["وقال", "قال", "إن", "أن", "الوزير", "وزير", "الخارجية", "لافروف", "سيرغي", ":", "«", "»", "“", "”", "\"", "،", ".", "\n",
            "مشيرا", "إلى", "على", "بحسب", "ما", "مصدر", "أمني", "وأضاف", "لم", "تبين", "البيان", "الشركة", "وقالت", "مؤكدة", "عن", "نقلاً", "دعا"];
        var random = new Random(99);
        for (int n = 0; n < 300; n++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 80)).Select(_ => words[random.Next(words.Length)]));
            Assert.That(() => ExtractWithin(text, TimeSpan.FromSeconds(10)), Throws.Nothing, text);
        }
    }

    /// <summary>
    /// Extracts on a worker thread and fails the test when the pipeline does not finish in time, so that a hang
    /// fails one test instead of stalling the run (the stuck worker is abandoned).
    /// </summary>
    private static QuoteExtract.Records.ExtractionResult ExtractWithin(string text, TimeSpan timeout)
    {
        var task = Task.Run(() => Extractor.Extract(text));
        if (!task.Wait(timeout))
        {
            Assert.Fail($"no result after {timeout.TotalSeconds} s for {string.Join(' ', text.Take(200).Select(c => ((int)c).ToString("X4")))}");
        }
        return task.Result;
    }

    [Test]
    public void Null_throws_ArgumentNullException()
    {
        Assert.That(() => Extractor.Extract(null!), Throws.ArgumentNullException);
    }

    [Test]
    public void A_cancelled_token_throws_OperationCanceledException()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.That(() => Extractor.Extract("وقال الوزير إن الحكومة ستدعم المزارعين المتضررين.", cancellation.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void A_text_over_the_maximum_length_throws_ArgumentException()
    {
        var extractor = new QuoteExtractor(new QuoteExtractorOptions { MaxTextLength = 20 });
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => extractor.Extract(new string('ا', 21)), Throws.ArgumentException.With.Property("ParamName").EqualTo("text"));
            Assert.That(() => extractor.Extract(new string('ا', 20)), Throws.Nothing, "the limit itself is allowed");
        }
    }

    [Test]
    public void Null_options_throw_ArgumentNullException()
    {
        Assert.That(() => new QuoteExtractor(null!), Throws.ArgumentNullException);
    }
}
