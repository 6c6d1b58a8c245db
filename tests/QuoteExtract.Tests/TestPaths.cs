namespace QuoteExtract.Tests;

/// <summary>
/// Files the tests read, located from the test assembly: the repository root is the nearest folder
/// up from it that holds <c>QuoteExtract.sln</c>; the research material lives beside it in <c>../shared</c>.
/// </summary>
internal static class TestPaths
{
    private static readonly Lazy<string> s_root = new(FindRepositoryRoot);

    /// <summary>The folder holding QuoteExtract.sln.</summary>
    public static string RepositoryRoot => s_root.Value;

    /// <summary>The article bundled with the console.</summary>
    public static string SampleArticle => Path.Combine(RepositoryRoot, "samples", "data", "sana-moscow-security-conference.txt");

    /// <summary>The gold training documents kept in the repository.</summary>
    public static string TrainCorpus => Path.Combine(RepositoryRoot, "tests", "corpus", "train");

    /// <summary>The gold file of the seed article.</summary>
    public static string SeedGold => Path.Combine(TrainCorpus, "sana-moscow-security-conference.json");

    /// <summary>The sibling <c>shared</c> folder of the repository, or null when it is absent.</summary>
    public static string? SharedFolder
    {
        get
        {
            var parent = Directory.GetParent(RepositoryRoot)?.FullName;
            var shared = parent is null ? null : Path.Combine(parent, "shared");
            return shared is not null && Directory.Exists(shared) ? shared : null;
        }
    }

    /// <summary>The research dev corpus (<c>shared/corpus/dev</c>), or null when it is absent.</summary>
    public static string? DevCorpus => SharedFolder is { } s && Directory.Exists(Path.Combine(s, "corpus", "dev")) ? Path.Combine(s, "corpus", "dev") : null;

    /// <summary>The reference scorer (<c>shared/tools/score.py</c>), or null when it is absent.</summary>
    public static string? ReferenceScorer => SharedFolder is { } s && File.Exists(Path.Combine(s, "tools", "score.py")) ? Path.Combine(s, "tools", "score.py") : null;

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QuoteExtract.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No folder holding QuoteExtract.sln above {AppContext.BaseDirectory}.");
    }
}
