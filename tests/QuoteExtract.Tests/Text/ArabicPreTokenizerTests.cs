using Microsoft.ML.Tokenizers;
using QuoteExtract.Text;

namespace QuoteExtract.Tests.Text;

/// <summary>
/// <see cref="ArabicPreTokenizer"/>: words, numbers with inner separators, and every other character alone.
/// Pieces are written joined by <c>|</c>.
/// </summary>
[TestFixture]
public class ArabicPreTokenizerTests
{
    [TestCase("قال الوزير", "قال|الوزير", TestName = "Arabic words split at spaces")]
    [TestCase("وقَالَ الوزيرُ", "وقَالَ|الوزيرُ", TestName = "diacritics stay inside their word")]
    [TestCase("الميدانيـة", "الميدانيـة", TestName = "tatweel stays inside its word")]
    [TestCase("نما الاقتصاد 2.5 في المئة", "نما|الاقتصاد|2.5|في|المئة", TestName = "decimal point inside a number")]
    [TestCase("قتل 1,200 شخص", "قتل|1,200|شخص", TestName = "thousands separator inside a number")]
    [TestCase("بلغ ٢٫٥ مليار", "بلغ|٢٫٥|مليار", TestName = "Arabic decimal separator inside a number")]
    [TestCase("في عام 2024.", "في|عام|2024|.", TestName = "a final dot is not part of the number")]
    [TestCase("عددهم 5، وليس 6", "عددهم|5|،|وليس|6", TestName = "Arabic comma after a number")]
    [TestCase("قال: لا", "قال|:|لا", TestName = "colon alone")]
    [TestCase("لماذا؟!", "لماذا|؟|!", TestName = "each final mark alone")]
    [TestCase("أولا، ثانيا؛ ثالثا", "أولا|،|ثانيا|؛|ثالثا", TestName = "comma and semicolon alone")]
    [TestCase("«إن الوضع مستقر»", "«|إن|الوضع|مستقر|»", TestName = "guillemets separated")]
    [TestCase("“نحن هنا”", "“|نحن|هنا|”", TestName = "curly double quotes separated")]
    [TestCase("\"كفى\"", "\"|كفى|\"", TestName = "straight double quotes separated")]
    [TestCase("»«", "»|«", TestName = "adjacent marks are two pieces")]
    [TestCase("(د ب أ)", "(|د|ب|أ|)", TestName = "brackets alone")]
    [TestCase("رائع 😀!", "رائع|😀|!", TestName = "a surrogate pair is one piece")]
    [TestCase("Reuters قالت", "Reuters|قالت", TestName = "Latin words")]
    [TestCase("   ", "", TestName = "only spaces")]
    [TestCase("", "", TestName = "empty")]
    public void Splits(string text, string expected)
    {
        Assert.That(string.Join('|', Pieces(text)), Is.EqualTo(expected));
    }

    [TestCase("وقال المتحدث: «لن نتراجع عن 1,200 وظيفة»، مضيفاً أن 2.5 مليون شخص تضرروا.")]
    [TestCase("")]
    public void Span_overload_gives_the_same_pieces(string text)
    {
        var fromString = ArabicPreTokenizer.Instance.PreTokenize(text).ToList();
        var fromSpan = ArabicPreTokenizer.Instance.PreTokenize(text.AsSpan()).ToList();
        Assert.That(fromSpan, Is.EqualTo(fromString));
    }

    [Test]
    public void Null_gives_no_pieces()
    {
        Assert.That(ArabicPreTokenizer.Instance.PreTokenize((string?)null), Is.Empty);
    }

    [Test]
    public void Pieces_are_in_order_and_never_overlap_or_hold_spaces()
    {
        const string text = "  وقال  الوزير:\n«إن 1,200 عامل»؛ ثم غادر. ";
        var pieces = ArabicPreTokenizer.Instance.PreTokenize(text).ToList();
        int last = 0;
        foreach (var (offset, length) in pieces)
        {
            Assert.That(offset, Is.GreaterThanOrEqualTo(last));
            Assert.That(text.Substring(offset, length), Has.None.Matches<char>(char.IsWhiteSpace));
            last = offset + length;
        }
        Assert.That(pieces, Has.Count.EqualTo(12));
    }

    [Test]
    public void Plugs_into_the_PreTokenizer_contract_of_Microsoft_ML_Tokenizers()
    {
        PreTokenizer preTokenizer = ArabicPreTokenizer.Instance;
        Normalizer normalizer = ArabicNormalizer.Instance;
        var vocabulary = string.Join('\n', "[UNK]", "[CLS]", "[SEP]", "قال", "الوزير", "ان", "«", "»", "2.5", "مليار");
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(vocabulary + "\n"));
        var tokenizer = WordPieceTokenizer.Create(stream, new WordPieceOptions { PreTokenizer = preTokenizer, Normalizer = normalizer });

        var tokens = tokenizer.EncodeToTokens("قالَ الوزيرُ «إنّ ٢.٥ مليار»", out string? normalized);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(tokens.Select(t => t.Value), Is.EqualTo(new[] { "قال", "الوزير", "«", "ان", "2.5", "مليار", "»" }));
            Assert.That(normalized, Is.EqualTo("قال الوزير «ان 2.5 مليار»"));
        }
    }

    private static IEnumerable<string> Pieces(string text) =>
        ArabicPreTokenizer.Instance.PreTokenize(text).Select(p => text.Substring(p.Offset, p.Length));
}
