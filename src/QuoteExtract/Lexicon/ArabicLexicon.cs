namespace QuoteExtract.Lexicon;

/// <summary>
/// All word lists the pipeline consults, loaded once from the embedded data files and shared:
/// the lists are read-only after loading, so one instance serves every thread.
/// </summary>
public sealed class ArabicLexicon
{
    private static readonly Lazy<ArabicLexicon> s_default = new(() => new ArabicLexicon());

    private ArabicLexicon()
    {
        Cues = new CueLexicon(LexiconReader.Lines("cues.tsv"));
        TitleHeads = new WordList(LexiconReader.Lines("title-heads.txt"));
        Ranks = new WordList(LexiconReader.Lines("ranks.txt"));
        Nationalities = new WordList(LexiconReader.Lines("nationalities.txt").SelectMany(NationalityForms));
        Places = new WordList(LexiconReader.Lines("places.txt"));
        OrganisationHeads = new WordList(LexiconReader.Lines("organisation-heads.txt"));
        UnnamedSourceHeads = new WordList(LexiconReader.Lines("unnamed-source-heads.txt"));
        ReportHeads = new WordList(LexiconReader.Lines("report-heads.txt"));
        GivenNames = new WordList(LexiconReader.Lines("given-names.txt"));
        NewsAgencies = new WordList(LexiconReader.Lines("news-agencies.txt"));
        TermHeads = new WordList(LexiconReader.Lines("term-heads.txt"));
        PhraseBreakers = new WordList(LexiconReader.Lines("phrase-breakers.txt"));
        SwitchOpeners = new WordList(LexiconReader.Lines("switch-openers.txt"));
    }

    /// <summary>The lexicon embedded in the library.</summary>
    public static ArabicLexicon Default => s_default.Value;

    /// <summary>Reporting cues.</summary>
    public CueLexicon Cues { get; }

    /// <summary>Heads of role titles: وزير، رئيس، المتحدث …</summary>
    public WordList TitleHeads { get; }

    /// <summary>Ranks and honorifics dropped from titles: العميد، الدكتور …</summary>
    public WordList Ranks { get; }

    /// <summary>Nationality and regional adjectives in all their forms.</summary>
    public WordList Nationalities { get; }

    /// <summary>Countries, cities and regions.</summary>
    public WordList Places { get; }

    /// <summary>Heads of organisation names: وزارة، وكالة …</summary>
    public WordList OrganisationHeads { get; }

    /// <summary>Heads of unnamed-source phrases: مصدر، شهود …</summary>
    public WordList UnnamedSourceHeads { get; }

    /// <summary>Documents that speak for their author: بيان، تقرير …</summary>
    public WordList ReportHeads { get; }

    /// <summary>Given names.</summary>
    public WordList GivenNames { get; }

    /// <summary>News agencies named by a bare word or acronym: وام، واس، رويترز …</summary>
    public WordList NewsAgencies { get; }

    /// <summary>Nouns after which a short quotation is a name or a term: موقع، فيتامين، بطاقة …</summary>
    public WordList TermHeads { get; }

    /// <summary>Words that end a speaker phrase.</summary>
    public WordList PhraseBreakers { get; }

    /// <summary>Openers that switch speaker: من جهته، بدوره …</summary>
    public WordList SwitchOpeners { get; }

    private static IEnumerable<string> NationalityForms(string adjective)
    {
        var a = LexiconReader.Normalize(adjective);
        yield return a;
        yield return a + "ه";
        yield return a + "ون";
        yield return a + "ين";
        yield return a + "ان";
        yield return a + "تان";
        yield return a + "تين";
    }
}
