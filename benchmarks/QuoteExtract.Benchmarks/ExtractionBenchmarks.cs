using BenchmarkDotNet.Attributes;
using QuoteExtract.Text;

namespace QuoteExtract.Benchmarks;

/// <summary>
/// Extraction on the bundled example article (8 KB, 47 quotations): with the learned models, with the
/// rules alone, and the text stage by itself. The ratio of the first two is the cost of the models.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly QuoteExtractor _withModels = new();
    private readonly QuoteExtractor _rulesOnly = new(new QuoteExtractorOptions { UseModels = false });
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "sana-moscow-security-conference.txt"));
        _withModels.Extract(_text);
        _rulesOnly.Extract(_text);
    }

    [Benchmark(Baseline = true)]
    public int RulesOnly() => _rulesOnly.Extract(_text).Quotations.Count;

    [Benchmark]
    public int WithModels() => _withModels.Extract(_text).Quotations.Count;

    [Benchmark]
    public int TextStage() => ArabicTokenizer.Instance.Analyze(_text).Tokens.Count;
}
