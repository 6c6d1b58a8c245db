using QuoteExtract.Attribution;
using QuoteExtract.Lexicon;
using QuoteExtract.Records;
using QuoteExtract.Text;

namespace QuoteExtract.Tests.Attribution;

/// <summary>
/// <see cref="SpeakerPhraseParser"/>: <c>[title + complements + nationality] [rank] [name]</c>, organisations,
/// unnamed sources and documents, parsed from the first token of a text.
/// </summary>
[TestFixture]
public class SpeakerPhraseParserTests
{
    private static readonly SpeakerPhraseParser Parser = new(ArabicLexicon.Default);

    [TestCase("وزير الخارجية الروسي سيرغي لافروف في كلمة", "وزير الخارجية الروسي", "سيرغي لافروف", "وزير الخارجية الروسي سيرغي لافروف", TestName = "title with nationality, then a name; stops at في")]
    [TestCase("الرئيس الفرنسي إيمانويل ماكرون إن", "الرئيس الفرنسي", "إيمانويل ماكرون", "الرئيس الفرنسي إيمانويل ماكرون", TestName = "title with the article; stops at إن")]
    [TestCase("المتحدث باسم وزارة الخارجية الأمريكية جون كيربي", "المتحدث باسم وزارة الخارجية الأمريكية", "جون كيربي", "المتحدث باسم وزارة الخارجية الأمريكية جون كيربي", TestName = "المتحدث باسم + organisation")]
    [TestCase("الأمين العام للأمم المتحدة أنطونيو غوتيريش", "الأمين العام للأمم المتحدة", "أنطونيو غوتيريش", "الأمين العام للأمم المتحدة أنطونيو غوتيريش", TestName = "title with العام and للأمم")]
    [TestCase("رئيس مجلس الأمن القومي الروسي نيكولاي باتروشيف اليوم", "رئيس مجلس الأمن القومي الروسي", "نيكولاي باتروشيف", "رئيس مجلس الأمن القومي الروسي نيكولاي باتروشيف", TestName = "long construct chain; stops at a time word")]
    [TestCase("وزيرة الخارجية الألمانية أنالينا بيربوك", "وزيرة الخارجية الألمانية", "أنالينا بيربوك", "وزيرة الخارجية الألمانية أنالينا بيربوك", TestName = "feminine title")]
    [TestCase("المتحدث باسم حركة \"حماس\" فوزي برهوم، إن", "المتحدث باسم حركة حماس", "فوزي برهوم", "المتحدث باسم حركة \"حماس\" فوزي برهوم", TestName = "quoted organisation inside the title; marks left out of the title")]
    [TestCase("وزير حقوق الإنسان عز الدين الأصبحي إن", "وزير حقوق الإنسان", "عز الدين الأصبحي", "وزير حقوق الإنسان عز الدين الأصبحي", TestName = "construct member without the article")]
    [TestCase("عضو المكتب التنفيذي في المجلس الوطني السوري جورج صبرا أن", "عضو المكتب التنفيذي في المجلس الوطني السوري", "جورج صبرا", "عضو المكتب التنفيذي في المجلس الوطني السوري جورج صبرا", TestName = "في + organisation when a name follows")]
    [TestCase("الخبير في الشؤون السورية، فابريس بالانش «", "الخبير في الشؤون السورية", "فابريس بالانش", "الخبير في الشؤون السورية، فابريس بالانش", TestName = "name in apposition after a comma")]
    [TestCase("المدير الفني للفريق الأول لكرة القدم بنادي الهلال جورجيوس دونيس إن", "المدير الفني للفريق الأول لكرة القدم بنادي الهلال", "جورجيوس دونيس", "المدير الفني للفريق الأول لكرة القدم بنادي الهلال جورجيوس دونيس", TestName = "attached ل and ب in a title")]
    [TestCase("مدير عام الشركة علي الكمالي إن", "مدير عام الشركة", "علي الكمالي", "مدير عام الشركة علي الكمالي", TestName = "مدير عام; علي spelled with ي is a given name")]
    [TestCase("الوزير في المؤتمر الصحفي إن", "الوزير", null, "الوزير", TestName = "في after a title without a name is not part of it")]
    [TestCase("رئيس البعثة أليكسي كوزلوف في", "رئيس البعثة", "أليكسي كوزلوف", "رئيس البعثة أليكسي كوزلوف", TestName = "أل with a hamza is not the article")]
    [TestCase("المنسقة المقيمة للشؤون الإنسانية، الهولندية إنغريد دايك، عن", "المنسقة المقيمة للشؤون الإنسانية", "إنغريد دايك", "المنسقة المقيمة للشؤون الإنسانية، الهولندية إنغريد دايك", TestName = "a nationality before the name in apposition")]
    [TestCase("النائبة عن كتلة التغيير ريما حداد أن", "النائبة عن كتلة التغيير", "ريما حداد", "النائبة عن كتلة التغيير ريما حداد", TestName = "عن + body when a name follows")]
    [TestCase("أعضاء اللجنة المركزية وهياكل الحزب", "أعضاء اللجنة المركزية", null, "أعضاء اللجنة المركزية", TestName = "one word with و after a title is a coordination, not a name")]
    [TestCase("الوزير", "الوزير", null, "الوزير", TestName = "title alone")]
    [TestCase("محافظة الصالون، الروائية سميرة بن دالي، أن", "محافظة الصالون", "سميرة بن دالي", "محافظة الصالون، الروائية سميرة بن دالي", TestName = "محافظة before a name is a feminine title, not a body")]
    [TestCase("رئيس الشبكة العربية للمؤسسات الوطنية لحقوق الإنسان إلى", "رئيس الشبكة العربية للمؤسسات الوطنية", null, "رئيس الشبكة العربية للمؤسسات الوطنية", TestName = "ل before a construct is no name")]
    [TestCase("رئيس مجلس الوزراء بأمين عام الأمم المتحدة", "رئيس مجلس الوزراء", null, "رئيس مجلس الوزراء", TestName = "عام is no name")]
    [TestCase("بحاح للصحافيين عند وصوله", null, "بحاح", "بحاح", TestName = "a name that opens with ب before a preposition")]
    [TestCase("لافروف", null, "لافروف", "لافروف", TestName = "surname alone")]
    public void Parses_a_person(string text, string? title, string? name, string phrase)
    {
        var (analyzed, p) = Parse(text);
        Assert.That(p, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(p!.Kind, Is.EqualTo(SpeakerKind.Person));
            Assert.That(p.Title, Is.EqualTo(title), "title");
            Assert.That(p.Name, Is.EqualTo(name), "name");
            Assert.That(analyzed.Slice(p.First, p.End), Is.EqualTo(phrase), "phrase");
            Assert.That(p.HasName, Is.EqualTo(name is not null));
        }
    }

    [Test]
    public void A_rank_between_title_and_name_is_dropped_from_the_title()
    {
        var (_, p) = Parse("وزير الدفاع الإيراني العميد حسين دهقان إن");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(p?.Title, Is.EqualTo("وزير الدفاع الإيراني"));
            Assert.That(p?.Rank, Is.EqualTo("العميد"));
            Assert.That(p?.Name, Is.EqualTo("حسين دهقان"));
            Assert.That(p?.NameWords, Is.EqualTo(new[] { "حسين", "دهقان" }));
        }
    }

    [TestCase("الدكتور سمير الخياط إن", "الدكتور", "سمير الخياط", TestName = "الدكتور before a name")]
    [TestCase("العميد أحمد حسن إن", "العميد", "أحمد حسن", TestName = "العميد before a name",
        Ignore = "bug: a rank that is also a title head (العميد ← عميد) opening the phrase is read as the title; ranks.txt says the ال-form before a name is a rank")]
    public void A_rank_before_a_name_is_a_rank_not_a_title(string text, string rank, string name)
    {
        var (_, p) = Parse(text);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(p?.Rank, Is.EqualTo(rank));
            Assert.That(p?.Title, Is.Null);
            Assert.That(p?.Name, Is.EqualTo(name));
        }
    }

    [TestCase("وزارة الخارجية الفرنسية إن", SpeakerKind.Organisation, "وزارة الخارجية الفرنسية", TestName = "organisation with nationality")]
    [TestCase("وكالة الأنباء الرسمية", SpeakerKind.Organisation, "وكالة الأنباء الرسمية", TestName = "news agency")]
    [TestCase("مصدر أمني رفيع", SpeakerKind.UnnamedSource, "مصدر أمني رفيع", TestName = "unnamed source with adjectives")]
    [TestCase("مصدر في الوزارة", SpeakerKind.UnnamedSource, "مصدر في الوزارة", TestName = "unnamed source with في + definite noun")]
    [TestCase("شهود عيان", SpeakerKind.UnnamedSource, "شهود عيان", TestName = "eyewitnesses")]
    [TestCase("مصدر آخر في دمشق إن", SpeakerKind.UnnamedSource, "مصدر آخر في دمشق", TestName = "unnamed source with في + a place")]
    [TestCase("مصدر قريب من مبارك، الذي", SpeakerKind.UnnamedSource, "مصدر قريب من مبارك", TestName = "unnamed source with من + a name")]
    [TestCase("مقربون منه إن", SpeakerKind.UnnamedSource, "مقربون منه", TestName = "unnamed source with منه")]
    [TestCase("مصدر بالأمم المتحدة في بيروت للوكالة الألمانية", SpeakerKind.UnnamedSource, "مصدر بالأمم المتحدة في بيروت", TestName = "unnamed source stops before the addressee")]
    [TestCase("صحيفة «كوميرسانت» الروسية أن", SpeakerKind.Organisation, "صحيفة كوميرسانت الروسية", TestName = "quoted outlet name and its nationality, marks left out")]
    [TestCase("شركة \"كيوشو إلكتريك باور\" ، أنها", SpeakerKind.Organisation, "شركة كيوشو إلكتريك باور", TestName = "quoted company name of several words")]
    [TestCase("دراسة طبية حديثة إلى", SpeakerKind.Document, "دراسة طبية حديثة", TestName = "a study with indefinite adjectives")]
    [TestCase("البيان", SpeakerKind.Document, "البيان", TestName = "a statement")]
    [TestCase("مؤسسة النقد عن بدء", SpeakerKind.Organisation, "مؤسسة النقد", TestName = "مؤسسة without a name after it is a body, not مؤسس + ه")]
    [TestCase("الولايات المتحدة قد ذكرت", SpeakerKind.Organisation, "الولايات المتحدة", TestName = "a country speaks for its government")]
    [TestCase("جامعة تبوك مسئولية الحادث", SpeakerKind.Organisation, "جامعة تبوك", TestName = "a place closes a body's construct")]
    [TestCase("مصادر في مشرحة بالموصل عاصمة نينوى إن", SpeakerKind.UnnamedSource, "مصادر في مشرحة بالموصل", TestName = "a place closes a source's complement")]
    [TestCase("القاهرة تحذر", SpeakerKind.Organisation, "القاهرة", TestName = "a capital with the article speaks for its government")]
    public void Parses_an_organisation_a_source_or_a_document(string text, SpeakerKind kind, string name)
    {
        var (_, p) = Parse(text);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(p?.Kind, Is.EqualTo(kind));
            Assert.That(p?.Name, Is.EqualTo(name));
            Assert.That(p?.Title, Is.Null);
        }
    }

    [TestCase("الوزير", true, false, TestName = "الوزير refers back")]
    [TestCase("الوزيرة", true, true, TestName = "الوزيرة refers back and is feminine")]
    [TestCase("وزيرة الخارجية الألمانية أنالينا بيربوك", false, true, TestName = "a named feminine title")]
    [TestCase("وزارة الخارجية الفرنسية", false, true, TestName = "an organisation is grammatically feminine")]
    [TestCase("البيان", true, false, TestName = "البيان refers back")]
    public void Knows_anaphora_and_gender(string text, bool anaphoric, bool feminine)
    {
        var (_, p) = Parse(text);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(p?.IsAnaphoric, Is.EqualTo(anaphoric));
            Assert.That(p?.IsFeminine, Is.EqualTo(feminine));
        }
    }

    [TestCase("في المدينة", TestName = "a preposition")]
    [TestCase("إن الحكومة", TestName = "a complementiser")]
    [TestCase("«", TestName = "punctuation")]
    [TestCase("لم يقل", TestName = "a negation")]
    public void Finds_no_phrase(string text)
    {
        Assert.That(Parse(text).Phrase, Is.Null);
    }

    [Test]
    public void Respects_the_limit()
    {
        var analyzed = ArabicTokenizer.Instance.Analyze("وزير الخارجية الروسي سيرغي لافروف");
        var p = Parser.ParseAt(analyzed, 0, 3);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(p?.End, Is.EqualTo(3));
            Assert.That(p?.Name, Is.Null);
        }
    }

    [TestCase("وزيرة التربية سعاد الخطيب إن", "سعاد الخطيب", TestName = "family name that is also a title head (خطيب)")]
    [TestCase("الدكتور سمير أمين إن", "سمير أمين", TestName = "family name that is also a title head (أمين)")]
    [TestCase("المدير المركزي للامتحانات، محمد أمين السرغيني، أن", "محمد أمين السرغيني", TestName = "title head inside a name before a nisba")]
    [TestCase("الدكتورة شيرين عبد الهادي أستاذ التغذية أن", "شيرين عبد الهادي", TestName = "a title after the name is not part of it")]
    [TestCase("مديرة المتحف، الباحثة في علم الآثار ليلى المكني، إن", "ليلى المكني", TestName = "a second title in apposition before the name")]
    [TestCase("قائد التمرين العميد الركن البحري محمد يوسف الجلاهمة، في", "محمد يوسف الجلاهمة", TestName = "rank modifiers before the name")]
    public void A_family_name_that_looks_like_a_title_stays_in_the_name(string text, string name)
    {
        Assert.That(Parse(text).Phrase?.Name, Is.EqualTo(name));
    }

    [TestCase("لوزارة الصحة إن", "وزارة الصحة", 1, TestName = "ل before an organisation")]
    [TestCase("للتقرير السنوي", "التقرير السنوي", 1, TestName = "لل before the article")]
    [TestCase("بعثة مراقبي الأمم المتحدة", "بعثة مراقبي الأمم المتحدة", 0, TestName = "a head that starts with ب keeps it")]
    [TestCase("بيان رسمي", "بيان رسمي", 0, TestName = "بيان keeps its ب")]
    public void Detaches_only_a_preposition(string text, string name, int prefixLength)
    {
        var analyzed = ArabicTokenizer.Instance.Analyze(text);
        var p = Parser.ParseAt(analyzed, 0, analyzed.Tokens.Count, detachPreposition: true);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(p?.Name, Is.EqualTo(name));
            Assert.That(p?.PrefixLength, Is.EqualTo(prefixLength));
        }
    }

    private static (AnalyzedText Text, SpeakerPhrase? Phrase) Parse(string text)
    {
        var analyzed = ArabicTokenizer.Instance.Analyze(text);
        return (analyzed, Parser.ParseAt(analyzed, 0, analyzed.Tokens.Count));
    }

    [TestCase("وقالت \"إيساف\" في بيان", SpeakerKind.Person, "إيساف", TestName = "a name in marks right after the cue")]
    [TestCase("قالت \"الصباح\" إن", SpeakerKind.Organisation, "الصباح", TestName = "an outlet in marks right after the cue")]
    public void A_name_in_marks_after_a_verb_cue_is_a_speaker(string text, SpeakerKind kind, string name)
    {
        var analyzed = ArabicTokenizer.Instance.Analyze(text);
        var p = Parser.ParseAt(analyzed, 1, analyzed.Tokens.Count);
        Assert.That(p, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(p!.Kind, Is.EqualTo(kind));
            Assert.That(p.Name, Is.EqualTo(name));
        }
    }

    [Test]
    public void A_family_name_with_the_article_alone_is_a_name_when_the_text_gives_it_after_a_given_name()
    {
        var analyzed = ArabicTokenizer.Instance.Analyze("وكان محمد الزهراني قد وصل أمس. وقال الزهراني لـ«الشرق الأوسط» إن القتال انتهى.");
        int at = analyzed.Tokens.Select((t, k) => (t, k)).Last(x => x.t.Normalized == "الزهراني").k;
        Assert.That(Parser.ParseAt(analyzed, at, analyzed.Tokens.Count)?.Name, Is.EqualTo("الزهراني"));
    }
}
