using QuoteExtract.Text;

namespace QuoteExtract.Tests.Text;

/// <summary>Sentences split at final punctuation and line breaks; headlines are short lines without final punctuation.</summary>
[TestFixture]
public class SentenceSegmenterTests
{
    [TestCase("قال الوزير إن الوضع مستقر. وأضاف أن الجيش مستعد.", "قال الوزير إن الوضع مستقر.|وأضاف أن الجيش مستعد.", TestName = "split at a full stop")]
    [TestCase("هل انتهت الأزمة؟ لا أحد يعرف.", "هل انتهت الأزمة؟|لا أحد يعرف.", TestName = "split at an Arabic question mark")]
    [TestCase("كفى! نريد حلا.", "كفى!|نريد حلا.", TestName = "split at an exclamation mark")]
    [TestCase("why? لأن.", "why?|لأن.", TestName = "split at a Latin question mark")]
    [TestCase("سطر أول\nسطر ثان.", "سطر أول|سطر ثان.", TestName = "split at a line break")]
    [TestCase("فقرة أولى.\n\nفقرة ثانية.", "فقرة أولى.|فقرة ثانية.", TestName = "blank lines are one break")]
    [TestCase("قال: «انتهى الأمر.» ثم غادر القاعة.", "قال: «انتهى الأمر.» ثم غادر القاعة.", TestName = "a full stop before a closing mark does not split")]
    [TestCase("نما 2.5 في المئة.", "نما 2.5 في المئة.", TestName = "a decimal point does not split")]
    public void Splits_into_sentences(string text, string expected)
    {
        var analyzed = ArabicTokenizer.Instance.Analyze(text);
        var sentences = analyzed.Sentences.Select(s => analyzed.Slice(s.First, s.End));
        Assert.That(string.Join('|', sentences), Is.EqualTo(expected));
    }

    [TestCase("لافروف: لن نقبل بالشروط\nوقال الوزير إن بلاده مستعدة.", new[] { true, false }, TestName = "short line without final punctuation is a headline")]
    [TestCase("انتهت المباراة بالتعادل.\nالتفاصيل", new[] { false, true }, TestName = "short last line is a headline")]
    [TestCase("قال الوزير: «انتهى الأمر.»\nعنوان فرعي", new[] { false, true }, TestName = "a line ending in a closed quotation is not a headline")]
    [TestCase("سؤال مطروح؟\nجواب مختصر", new[] { false, true }, TestName = "a line ending in a question mark is not a headline")]
    public void Marks_headlines(string text, bool[] expected)
    {
        var sentences = ArabicTokenizer.Instance.Analyze(text).Sentences;
        Assert.That(sentences.Select(s => s.IsHeadline), Is.EqualTo(expected));
    }

    [Test]
    public void A_long_line_without_final_punctuation_is_not_a_headline()
    {
        var text = string.Join(' ', Enumerable.Repeat("كلمة", 41));
        var sentences = ArabicTokenizer.Instance.Analyze(text).Sentences;
        Assert.That(sentences.Single().IsHeadline, Is.False);
    }

    [Test]
    public void A_line_of_forty_words_without_final_punctuation_is_a_headline()
    {
        var text = string.Join(' ', Enumerable.Repeat("كلمة", 40));
        var sentences = ArabicTokenizer.Instance.Analyze(text).Sentences;
        Assert.That(sentences.Single().IsHeadline, Is.True);
    }

    [Test]
    public void Sentences_know_their_paragraph_and_cover_every_token_once()
    {
        var analyzed = ArabicTokenizer.Instance.Analyze("عنوان الخبر\nجملة أولى. جملة ثانية.\n\nجملة ثالثة.");
        var sentences = analyzed.Sentences;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sentences.Select(s => s.Paragraph), Is.EqualTo(new[] { 0, 1, 1, 2 }));
            Assert.That(sentences.Select(s => s.Index), Is.EqualTo(new[] { 0, 1, 2, 3 }));
            Assert.That(sentences[0].First, Is.Zero);
            Assert.That(sentences[^1].End, Is.EqualTo(analyzed.Tokens.Count));
            for (int i = 1; i < sentences.Count; i++) Assert.That(sentences[i].First, Is.EqualTo(sentences[i - 1].End));
            Assert.That(analyzed.SentenceOf(3), Is.EqualTo(sentences[1]));
            Assert.That(sentences[1].Contains(3), Is.True);
        }
    }

    [Test]
    public void A_character_offset_finds_the_sentence_of_the_token_at_or_before_it()
    {
        const string text = "قال الوزير إن الحل قريب. وأضاف أن الحوار مستمر.";
        var analyzed = ArabicTokenizer.Instance.Analyze(text);
        int second = text.IndexOf("وأضاف", StringComparison.Ordinal);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(analyzed.SentenceAtOffset(0).Index, Is.Zero);
            Assert.That(analyzed.SentenceAtOffset(second - 1).Index, Is.Zero, "the space before the second sentence");
            Assert.That(analyzed.SentenceAtOffset(second).Index, Is.EqualTo(1));
            Assert.That(analyzed.SentenceAtOffset(text.Length - 1).Index, Is.EqualTo(1));
        }
    }

    [Test]
    public void Empty_text_has_no_sentences()
    {
        Assert.That(ArabicTokenizer.Instance.Analyze(" \n ").Sentences, Is.Empty);
    }
}
