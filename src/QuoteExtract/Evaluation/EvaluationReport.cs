namespace QuoteExtract.Evaluation;

/// <summary>The metrics of the reference scorer, in its order and rounding.</summary>
public sealed record EvaluationReport(
    int Documents, int Gold, int Predicted, int Matched,
    double QuotePrecision, double QuoteRecall, double QuoteF1, double ExactSpanRate,
    double SpeakerAccuracy, double SpeakerSurnameAccuracy,
    double EndToEndPrecision, double EndToEndRecall, double EndToEndF1,
    double? TitleAccuracy, double KindAccuracy, double? CueAccuracy, int OffsetErrors,
    IReadOnlyList<string> Errors)
{
    /// <summary>The metrics as <c>name value</c> lines, like the reference scorer prints them.</summary>
    public IEnumerable<string> Lines()
    {
        static string F(double? v) => v is null ? "None" : v.Value.ToString("0.0###", System.Globalization.CultureInfo.InvariantCulture);
        yield return $"{"documents",-22} {Documents}";
        yield return $"{"gold",-22} {Gold}";
        yield return $"{"predicted",-22} {Predicted}";
        yield return $"{"matched",-22} {Matched}";
        yield return $"{"quote_precision",-22} {F(QuotePrecision)}";
        yield return $"{"quote_recall",-22} {F(QuoteRecall)}";
        yield return $"{"quote_f1",-22} {F(QuoteF1)}";
        yield return $"{"exact_span_rate",-22} {F(ExactSpanRate)}";
        yield return $"{"speaker_accuracy",-22} {F(SpeakerAccuracy)}";
        yield return $"{"speaker_surname_accuracy",-22} {F(SpeakerSurnameAccuracy)}";
        yield return $"{"end_to_end_precision",-22} {F(EndToEndPrecision)}";
        yield return $"{"end_to_end_recall",-22} {F(EndToEndRecall)}";
        yield return $"{"end_to_end_f1",-22} {F(EndToEndF1)}";
        yield return $"{"title_accuracy",-22} {F(TitleAccuracy)}";
        yield return $"{"kind_accuracy",-22} {F(KindAccuracy)}";
        yield return $"{"cue_accuracy",-22} {F(CueAccuracy)}";
        yield return $"{"offset_errors",-22} {OffsetErrors}";
    }
}
