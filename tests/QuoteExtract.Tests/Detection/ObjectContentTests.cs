using QuoteExtract.Detection;
using QuoteExtract.Scoring;

namespace QuoteExtract.Tests.Detection;

/// <summary>
/// A noun-phrase object after a cue of stance (<c>أبدى قلقه</c>، <c>، مؤكداً أهمية …</c>) is a candidate the rules
/// leave to the cue classifier: they reject it, and the classifier's probability decides.
/// </summary>
[TestFixture]
public class ObjectContentTests
{
    private static readonly QuoteExtractor Rules = new(new QuoteExtractorOptions { UseModels = false });

    private static QuoteCandidate? ObjectCandidate(string text) =>
        Rules.Run(text, RuleScorer.Instance, CancellationToken.None)!.Candidates.SingleOrDefault(c => c.Introducer.Kind == IntroducerKind.Object);

    [TestCase("وأبدى رئيس الغرفة التجارية سامر العطار قلقه من تراجع الصادرات الزراعية خلال الربع الأول.", "قلقه من تراجع الصادرات الزراعية خلال الربع الأول", TestName = "object after a named speaker")]
    [TestCase("وجدد رفضه القاطع لمشروع قانون الانتخابات المعروض على البرلمان.", "رفضه القاطع لمشروع قانون الانتخابات المعروض على البرلمان", TestName = "a possessive object cannot be the subject")]
    [TestCase("التقى الوزير وفد الشركة، مؤكداً أهمية الاستثمار في الطاقة المتجددة.", "أهمية الاستثمار في الطاقة المتجددة", TestName = "participle after a comma")]
    [TestCase("وأبدى رئيس الاتحاد، الطيب عبد الرحيم الأمين، قلقه من عجز المزارعين عن سداد الرسوم.", "قلقه من عجز المزارعين عن سداد الرسوم", TestName = "after a name in apposition")]
    [TestCase("وأعلنت الجمعية المغربية للصيد، في بيان أصدرته مساء الاثنين، رفضها القاطع للقرار.", "رفضها القاطع للقرار", TestName = "after an aside between commas")]
    [TestCase("وأكد المدرب جورجيوس دونيس خلال المؤتمر الصحفي الذي عقد ظهر الثلاثاء ، جاهزية فريقه للفوز باللقاء.", "جاهزية فريقه للفوز باللقاء", TestName = "after a circumstance a comma closes")]
    [TestCase("وأبدت الوزارة قلقها من تراجع الصادرات.", "قلقها من تراجع الصادرات", TestName = "a possessive object is not part of the body's name")]
    [TestCase("وأعلن الأعضاء عدم التزامهم بهذا القرار.", "عدم التزامهم بهذا القرار", TestName = "عدم opens an object")]
    [TestCase("أما الزياني، الذي يعمل على قارب منذ عشرين عاماً، فأبدى تفهمه لضرورة حماية الثروة السمكية.", "تفهمه لضرورة حماية الثروة السمكية", TestName = "an object outweighs the clause before the cue")]
    [TestCase("ألمانيا تؤكد تحسن الوضع الأمني في أفغانستان", "تحسن الوضع الأمني في أفغانستان", TestName = "a headline with the subject before the verb")]
    public void An_object_of_stance_is_a_candidate_the_rules_reject(string text, string content)
    {
        var c = ObjectCandidate(text);
        Assert.That(c, Is.Not.Null);
        var analyzed = QuoteExtract.Text.ArabicTokenizer.Instance.Analyze(text);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(analyzed.Original[analyzed.Tokens[c!.ContentFirst].Start..analyzed.Tokens[c.ContentEnd - 1].End], Is.EqualTo(content));
            Assert.That(c.RuleScore, Is.LessThan(RuleScorer.Threshold));
            Assert.That(Rules.Extract(text).Quotations, Is.Empty, "the rules alone do not report it");
        }
    }

    [TestCase("وأكد أهمية الاستثمار في الطاقة المتجددة.", TestName = "a bare verb: the noun after it may be its subject")]
    [TestCase("والتقت مدعية المحكمة الجنائية الدولية وزير العدل في دكار.", TestName = "a participle without a comma is a noun")]
    [TestCase("وقال رئيس الوزراء كلمة في افتتاح الدورة.", TestName = "plain saying takes no object content")]
    [TestCase("وينصحون بغسل العنب جيداً قبل الأكل.", TestName = "a lone word with the governed preposition is not a speaker")]
    [TestCase("وتؤكد تحسن الوضع الأمني في المدينة.", TestName = "a lone unknown word may be the object's first word")]
    [TestCase("واعتبر المحلف الأول المتهم مذنباً في كل التهم.", TestName = "an opinion verb's object is what the opinion is about")]
    [TestCase("وتوفيت المعلمة إثر رفض قبول ابنتها في التخصص الذي اختارته.", TestName = "a verb form after a preposition is its verbal noun")]
    public void No_object_candidate(string text) => Assert.That(ObjectCandidate(text), Is.Null);

    [TestCase("وأبدى رئيس الغرفة التجارية سامر العطار قلقه من تراجع الصادرات الزراعية خلال الربع الأول.", 1, TestName = "a concern expressed is a statement")]
    [TestCase("التقى الوزير وفد الشركة، مؤكداً أهمية الاستثمار في الطاقة المتجددة.", 1, TestName = "an importance stressed is a statement")]
    [TestCase("وأعادت الشركة تشغيل المصنع بعد توقف دام شهرين.", 0, TestName = "أعاد with an action is not (only أعاد التأكيد reports)")]
    public void The_classifier_admits_statements_and_rejects_actions(string text, int quotations) =>
        Assert.That(Extraction.Run(text).Quotations, Has.Count.EqualTo(quotations), () => Extraction.Describe(Extraction.Run(text)));

    [Test]
    public void The_classifier_decides_an_object_candidate_with_its_own_probability()
    {
        const string text = "وأبدى رئيس الغرفة التجارية سامر العطار قلقه من تراجع الصادرات الزراعية خلال الربع الأول.";
        var trace = Rules.Run(text, RuleScorer.Instance, CancellationToken.None)!;
        var c = trace.Candidates.Single(c => c.Introducer.Kind == IntroducerKind.Object);
        var model = QuoteModel.Bundled;
        double p = model.Quote.Probability(QuoteFeatures.Extract(trace.Document, c));
        Assert.That(new LearnedScorer(model).ScoreQuote(trace.Document, c), Is.EqualTo(p), "not kept below the rule threshold");
    }
}
