using QuoteExtract.Attribution;
using QuoteExtract.Detection;
using QuoteExtract.Lexicon;
using QuoteExtract.Linking;
using QuoteExtract.Records;
using QuoteExtract.Scoring;
using QuoteExtract.Text;

namespace QuoteExtract;

/// <summary>
/// Extracts quotations and their speakers from Arabic news text. Create once and share: an
/// extractor holds only read-only lexicons and models, so <see cref="Extract(string, CancellationToken)"/>
/// is safe to call from many threads at once.
/// </summary>
/// <remarks>
/// The stages run in one direction: text (normalize, tokenize, segment) → detection (cues, quotation
/// marks, candidates) → scoring → attribution and linking (speaker phrases resolved across the
/// document) → records. Only the records leave the pipeline, and their offsets index the original text.
/// </remarks>
public sealed class QuoteExtractor
{
    private readonly ArabicLexicon _lexicon;
    private readonly CandidateGenerator _generator;
    private readonly HeadlineDetector _headlines;
    private readonly SpeakerPhraseParser _parser;
    private readonly ICandidateScorer _scorer;
    private readonly QuoteExtractorOptions _options;

    /// <summary>An extractor with the default options.</summary>
    public QuoteExtractor() : this(new QuoteExtractorOptions())
    {
    }

    /// <summary>An extractor with the given options.</summary>
    public QuoteExtractor(QuoteExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _lexicon = ArabicLexicon.Default;
        _parser = new SpeakerPhraseParser(_lexicon);
        _generator = new CandidateGenerator(_parser);
        _headlines = new HeadlineDetector(_parser);
        _scorer = !options.UseModels ? RuleScorer.Instance
            : new LearnedScorer(options.ModelPath is null ? QuoteModel.Bundled : QuoteModel.Load(options.ModelPath), options.UseSpeakerModel);
    }

    /// <summary>Extracts every quotation of <paramref name="text"/>.</summary>
    public ExtractionResult Extract(string text) => Extract(text, CancellationToken.None);

    /// <summary>Extracts every quotation of <paramref name="text"/>, checking <paramref name="cancellationToken"/> between cues.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="QuoteExtractorOptions.MaxTextLength"/>.</exception>
    public ExtractionResult Extract(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > _options.MaxTextLength)
        {
            throw new ArgumentException($"The text has {text.Length} characters; the limit is {_options.MaxTextLength}.", nameof(text));
        }
        var trace = Run(text, _scorer, cancellationToken);
        return trace is null ? ExtractionResult.Empty : ResultBuilder.Build(trace);
    }

    /// <summary>Runs every stage with <paramref name="scorer"/> and returns what each decided; null for a text without tokens.</summary>
    internal ExtractionTrace? Run(string text, ICandidateScorer scorer, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var analyzed = ArabicTokenizer.Instance.Analyze(text);
        if (analyzed.Tokens.Count == 0) return null;
        var doc = new DocumentContext(analyzed, _lexicon);
        var candidates = _generator.Generate(doc, cancellationToken);
        candidates.AddRange(_headlines.Detect(doc));
        var scored = candidates
            .Select(c => c with { RuleScore = RuleScorer.Instance.ScoreQuote(doc, c) })
            .Select(c => c with { Score = scorer.ScoreQuote(doc, c) })
            .ToList();
        var accepted = CandidateSelector.Select(scored, _options.MinConfidence);
        cancellationToken.ThrowIfCancellationRequested();
        var (linked, table) = DocumentLinker.Link(doc, new DocumentMentions(doc, _parser), accepted, scorer);
        return new ExtractionTrace(doc, scored, linked, table);
    }
}
