using System.IO.Compression;
using Microsoft.ML;
using QuoteExtract.Evaluation;
using QuoteExtract.Scoring;

namespace QuoteExtract.Console.Training;

/// <summary>
/// The <c>train</c> job: gold files → labelled candidates → cross-validated models → a model archive
/// (<c>model.json</c> with the weights the library scores from, and the ML.NET models themselves).
/// </summary>
internal static class TrainCommand
{
    public static int Run(IReadOnlyList<string> goldPaths, string output, TextWriter stdout, TextWriter stderr)
    {
        List<GoldDocument> gold;
        try
        {
            gold = goldPaths.SelectMany(GoldReader.Read).ToList();
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException or System.Text.Json.JsonException or KeyNotFoundException)
        {
            stderr.WriteLine($"train: {e.Message}");
            return ExitCodes.Usage;
        }
        if (gold.Count == 0)
        {
            stderr.WriteLine("train: no gold documents found");
            return ExitCodes.Usage;
        }
        stdout.WriteLine($"{gold.Count} documents, {gold.Sum(d => d.Quotes.Count)} gold quotations");
        var set = TrainingSet.Build(gold);
        var trainer = new ModelTrainer(stdout);
        var quote = trainer.Train("cue classifier", set.Quotes);
        var speaker = trainer.Train("speaker model", set.Speakers);
        var model = new QuoteModel(quote.Model, speaker.Model);
        Write(output, model, quote, speaker);
        stdout.WriteLine($"wrote {output}");
        return ExitCodes.Success;
    }

    private static void Write(string path, QuoteModel model, ModelTrainer.Result quote, ModelTrainer.Result speaker)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        using var file = File.Create(path);
        using var archive = new ZipArchive(file, ZipArchiveMode.Create);
        var weights = archive.CreateEntry(QuoteModel.WeightsEntry, CompressionLevel.Optimal);
        weights.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using (var writer = new StreamWriter(weights.Open()))
        {
            writer.Write(model.ToJson());
        }
        var ml = new MLContext();
        foreach (var (name, result) in new[] { ("quote.mlnet.zip", quote), ("speaker.mlnet.zip", speaker) })
        {
            var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var buffer = new MemoryStream();
            ml.Model.Save(result.Transformer, result.Schema, buffer);
            using var stream = entry.Open();
            buffer.Position = 0;
            buffer.CopyTo(stream);
        }
    }
}
