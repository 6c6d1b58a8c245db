using System.IO.Compression;
using System.Reflection;
using System.Text.Json;

namespace QuoteExtract.Scoring;

/// <summary>
/// The learned models of the pipeline: the cue classifier (is this candidate a quotation?) and the
/// speaker model (is the resolved speaker right?). Stored as a zip archive whose <c>model.json</c>
/// holds each model's trained parameters (linear weights or trees) and calibration, beside the ML.NET models they were read from.
/// </summary>
public sealed record QuoteModel(BinaryModel Quote, BinaryModel Speaker)
{
    /// <summary>The name of the weights entry inside the archive.</summary>
    public const string WeightsEntry = "model.json";

    private static readonly Lazy<QuoteModel> s_bundled = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("QuoteExtract.Scoring.quote-model.zip")
            ?? throw new InvalidOperationException("The bundled model is missing from the assembly.");
        return Load(stream);
    });

    /// <summary>The model shipped inside the library.</summary>
    public static QuoteModel Bundled => s_bundled.Value;

    /// <summary>Reads a model archive written by the <c>train</c> command.</summary>
    /// <exception cref="InvalidDataException">The archive has no valid weights entry, or its feature counts do not fit this version.</exception>
    public static QuoteModel Load(Stream stream)
    {
        using var archive = new ZipArchive(stream, ZipArchiveMode.Read);
        var entry = archive.GetEntry(WeightsEntry) ?? throw new InvalidDataException($"The model archive has no '{WeightsEntry}'.");
        using var reader = entry.Open();
        QuoteModel? model;
        try
        {
            model = JsonSerializer.Deserialize(reader, ModelJsonContext.Default.QuoteModel);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            throw new InvalidDataException($"'{WeightsEntry}' is not a model this version reads ({e.Message}). Retrain it.", e);
        }
        if (model?.Quote is null || model.Speaker is null) throw new InvalidDataException($"'{WeightsEntry}' does not hold both models.");
        if (model.Quote.FeatureCount != QuoteFeatures.Length || model.Speaker.FeatureCount != SpeakerFeatures.Length)
        {
            throw new InvalidDataException($"The model was trained on {model.Quote.FeatureCount}/{model.Speaker.FeatureCount} features; this version computes {QuoteFeatures.Length}/{SpeakerFeatures.Length}. Retrain it.");
        }
        return model;
    }

    /// <summary>Reads a model archive from a file.</summary>
    public static QuoteModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>The weights entry as JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, ModelJsonContext.Default.QuoteModel);
}

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[System.Text.Json.Serialization.JsonSerializable(typeof(QuoteModel))]
internal sealed partial class ModelJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
