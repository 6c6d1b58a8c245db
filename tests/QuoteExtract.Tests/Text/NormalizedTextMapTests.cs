using System.Text;
using QuoteExtract.Text;

namespace QuoteExtract.Tests.Text;

/// <summary>
/// <see cref="ArabicNormalizer.NormalizeWithMap"/>: every span of the normalized text maps back to a span of
/// the original whose normalized form is that same span.
/// </summary>
[TestFixture]
public class NormalizedTextMapTests
{
    /// <summary>Letters, marks, tatweel, bidi and zero-width controls, spaces, digits, quote marks and surrogate pairs.</summary>
    private static readonly string[] Alphabet =
    [
        "ق", "ا", "ل", "أ", "إ", "آ", "ٱ", "ى", "ة", "ی", "ک", "و", "ب",
        "\u064E", "\u064B", "\u0651", "\u0652", "\u0670", "\u0640", "\u06D6",
        "\u200F", "\u200E", "\u061C", "\u200B", "\u200D", "\uFEFF", "\u202B", "\u2066",
        " ", "\u00A0", "\n", "٣", "۷", "5", ".", "،", "«", "»", "“", "”",
        "😀", "𝐀", "\U0001F1F8\U0001F1FE", "a",
    ];

    [TestCase("وقَالَ الوزيرُ", TestName = "diacritics inside words")]
    [TestCase("َقال", TestName = "mark at string start")]
    [TestCase("قالَ", TestName = "mark at string end")]
    [TestCase("ًًًقالٌٌٌ", TestName = "runs of marks at both ends")]
    [TestCase("\u200Fقال\u200F", TestName = "RLM at both ends")]
    [TestCase("😀قال", TestName = "surrogate pair at string start")]
    [TestCase("قال😀", TestName = "surrogate pair at string end")]
    [TestCase("😀َ", TestName = "surrogate pair followed by a mark")]
    [TestCase("َ😀", TestName = "mark followed by a surrogate pair")]
    [TestCase("الميدانيـــة في ٢٠٢٤", TestName = "tatweel and digits")]
    [TestCase("ًٌٍ", TestName = "only marks")]
    [TestCase("", TestName = "empty")]
    [TestCase("وقال ''جئنا إلى غاو''", TestName = "doubled apostrophes as quotation marks")]
    [TestCase("'''", TestName = "three apostrophes")]
    public void Every_normalized_span_maps_back_to_an_original_span_that_normalizes_to_it(string original)
    {
        AssertRoundTrip(original);
    }

    [Test]
    public void Random_strings_round_trip([Values(11, 29, 2024)] int seed)
    {
        var random = new Random(seed);
        for (int n = 0; n < 300; n++)
        {
            var b = new StringBuilder();
            int length = random.Next(0, 30);
            for (int k = 0; k < length; k++) b.Append(Alphabet[random.Next(Alphabet.Length)]);
            AssertRoundTrip(b.ToString());
        }
    }

    [Test]
    public void Removed_marks_belong_to_the_character_before_them()
    {
        const string original = "قَالَ";
        var map = ArabicNormalizer.Instance.NormalizeWithMap(original);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(map.Normalized, Is.EqualTo("قال"));
            Assert.That(map.ToOriginal(0, 1), Is.EqualTo((0, 2)), "ق with its fatha");
            Assert.That(map.ToOriginal(2, 3), Is.EqualTo((3, 5)), "ل with its fatha");
            Assert.That(map.ToOriginal(0, 3), Is.EqualTo((0, original.Length)));
        }
    }

    [Test]
    public void Marks_before_the_first_letter_belong_to_no_span()
    {
        var map = ArabicNormalizer.Instance.NormalizeWithMap("\u200Fَقال");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(map.ToOriginal(0, 3), Is.EqualTo((2, 5)));
            Assert.That(map.OriginalStart(0), Is.EqualTo(2));
        }
    }

    [Test]
    public void Empty_span_at_the_end_maps_to_the_original_end()
    {
        var map = ArabicNormalizer.Instance.NormalizeWithMap("قالَ\u200F");
        Assert.That(map.ToOriginal(3, 3), Is.EqualTo((5, 5)));
    }

    [Test]
    public void Spans_outside_the_normalized_text_are_rejected()
    {
        var map = ArabicNormalizer.Instance.NormalizeWithMap("قال");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => map.ToOriginal(-1, 1), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => map.ToOriginal(0, 4), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => map.ToOriginal(2, 1), Throws.TypeOf<ArgumentOutOfRangeException>());
        }
    }

    [Test]
    public void Null_is_rejected()
    {
        Assert.That(() => ArabicNormalizer.Instance.NormalizeWithMap(null!), Throws.ArgumentNullException);
    }

    private static void AssertRoundTrip(string original)
    {
        var map = ArabicNormalizer.Instance.NormalizeWithMap(original);
        var normalized = map.Normalized;
        Assert.That(normalized, Is.EqualTo(ArabicNormalizer.Instance.Normalize(original)), Describe(original));
        int previousStart = -1;
        for (int start = 0; start <= normalized.Length; start++)
        {
            for (int end = start; end <= normalized.Length; end++)
            {
                var (os, oe) = map.ToOriginal(start, end);
                if (os < 0 || oe > original.Length || os > oe)
                {
                    Assert.Fail($"span {start}..{end} maps outside the original ({os}..{oe}) for {Describe(original)}");
                }
                var back = ArabicNormalizer.Instance.Normalize(original[os..oe]);
                if (back != normalized[start..end])
                {
                    Assert.Fail($"span {start}..{end} = \"{normalized[start..end]}\" maps to {os}..{oe} = \"{back}\" for {Describe(original)}");
                }
            }
            int s = map.OriginalStart(start);
            if (s < previousStart) Assert.Fail($"original starts go backwards at {start} for {Describe(original)}");
            previousStart = s;
        }
    }

    private static string Describe(string s) => string.Join(' ', s.Select(c => ((int)c).ToString("X4")));
}
