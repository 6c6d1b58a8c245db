using QuoteExtract.Text;

namespace QuoteExtract.Tests.Text;

/// <summary><see cref="ArabicTokenizer"/>: tokens carry the normalized form and offsets that slice the ORIGINAL text.</summary>
[TestFixture]
public class ArabicTokenizerTests
{
    [TestCase("وقَالَ الوزيرُ إنّ الوضعَ مستقرٌّ.", TestName = "diacritics inside and at the end of words")]
    [TestCase("أكّد المتحدث الرسمـــي أن الحكومـة ماضية", TestName = "tatweel inside words")]
    [TestCase("\u200Fقال\u200F الوزير\u00A0إن\u200B الوضع", TestName = "bidi and zero-width marks")]
    [TestCase("قُتل ٢٥ شخصاً و۱۲ جريحاً في ٢٠٢٤.", TestName = "Arabic-Indic and Persian digits")]
    [TestCase("«لن نتراجع»، قال المتحدثُ😀 للصحفيين", TestName = "quote marks and a surrogate pair")]
    public void Token_offsets_slice_the_original_text(string text)
    {
        var analyzed = ArabicTokenizer.Instance.Analyze(text);
        Assert.That(analyzed.Tokens, Is.Not.Empty);
        foreach (var token in analyzed.Tokens)
        {
            var slice = text[token.Start..token.End];
            using (Assert.EnterMultipleScope())
            {
                Assert.That(ArabicNormalizer.Instance.Normalize(slice), Is.EqualTo(token.Normalized), $"token {token.Index}");
                Assert.That(analyzed.Text.Normalized.Substring(token.NormalizedStart, token.Normalized.Length), Is.EqualTo(token.Normalized));
            }
        }
    }

    [Test]
    public void A_word_with_marks_and_tatweel_is_sliced_whole()
    {
        const string text = "قالَ الناطقُ الرسمـيّ";
        var tokens = ArabicTokenizer.Instance.Analyze(text).Tokens;

        Assert.That(tokens.Select(t => text[t.Start..t.End]), Is.EqualTo(new[] { "قالَ", "الناطقُ", "الرسمـيّ" }));
        Assert.That(tokens.Select(t => t.Normalized), Is.EqualTo(new[] { "قال", "الناطق", "الرسمي" }));
    }

    [Test]
    public void Token_kinds_are_word_number_and_punctuation()
    {
        var tokens = ArabicTokenizer.Instance.Analyze("قتل ١٢ شخصاً.").Tokens;

        Assert.That(tokens.Select(t => t.Kind), Is.EqualTo(new[] { TokenKind.Word, TokenKind.Number, TokenKind.Word, TokenKind.Punctuation }));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(tokens[1].Normalized, Is.EqualTo("12"));
            Assert.That(tokens[3].Is('.'), Is.True);
            Assert.That(tokens[0].IsWord, Is.True);
        }
    }

    [Test]
    public void Indices_follow_the_token_order()
    {
        var tokens = ArabicTokenizer.Instance.Analyze("وقال الوزير: «نعم».").Tokens;
        Assert.That(tokens.Select(t => t.Index), Is.EqualTo(Enumerable.Range(0, tokens.Count)));
    }

    [Test]
    public void Slice_returns_the_original_text_of_a_token_range()
    {
        const string text = "وقالَ وزيرُ الخارجيـة إنّ";
        var analyzed = ArabicTokenizer.Instance.Analyze(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(analyzed.Slice(1, 3), Is.EqualTo("وزيرُ الخارجيـة"));
            Assert.That(analyzed.Slice(2, 2), Is.Empty);
            Assert.That(analyzed.At(4), Is.Null);
            Assert.That(analyzed.At(-1), Is.Null);
        }
    }

    [Test]
    public void Words_offer_their_clitic_readings()
    {
        var token = ArabicTokenizer.Instance.Analyze("وبالوزارة").Tokens[0];
        Assert.That(token.Analyses.Select(a => a.Stem), Does.Contain("وزاره"));
    }

    [Test]
    public void Punctuation_has_a_single_bare_reading()
    {
        var token = ArabicTokenizer.Instance.Analyze("،").Tokens[0];
        Assert.That(token.Analyses, Is.EqualTo(new[] { new CliticAnalysis('\0', '\0', false, "،") }));
    }
}
