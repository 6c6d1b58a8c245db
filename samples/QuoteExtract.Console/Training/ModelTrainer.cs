using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using QuoteExtract.Scoring;

namespace QuoteExtract.Console.Training;

/// <summary>
/// Trains one binary model on feature rows: a linear model (L-BFGS logistic regression) and a tree
/// ensemble (FastTree) are compared by cross-validated F1 with fixed seeds, so the same rows always give
/// the same figures and parameters, and the better one is written. Either is exported as plain parameters
/// the library evaluates itself; the export is checked against ML.NET's own scores on every row.
/// </summary>
internal sealed class ModelTrainer(TextWriter log)
{
    private const int Seed = 20261129;
    private const int Folds = 5;

    public sealed record CrossValidation(string Trainer, double Precision, double Recall, double F1, double Auc);

    public sealed record Result(BinaryModel Model, ITransformer Transformer, DataViewSchema Schema, IReadOnlyList<CrossValidation> Scores);

    public Result Train(string name, IReadOnlyList<FeatureRow> rows)
    {
        var ml = new MLContext(seed: Seed);
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, rows[0].Features.Length);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var linear = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options { L2Regularization = 0.5f, L1Regularization = 0.05f });
        var trees = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options { NumberOfLeaves = 8, NumberOfTrees = 100, MinimumExampleCountPerLeaf = 5, Seed = Seed });
        var scores = new List<CrossValidation>
        {
            Evaluate(ml, data, linear, "LbfgsLogisticRegression"),
            Evaluate(ml, data, trees, "FastTree"),
        };
        int positives = rows.Count(r => r.Label);
        log.WriteLine($"{name}: {rows.Count} rows ({positives} positive), {Folds}-fold cross-validation:");
        foreach (var s in scores)
        {
            log.WriteLine($"  {s.Trainer,-24} precision {s.Precision:0.000}  recall {s.Recall:0.000}  F1 {s.F1:0.000}  AUC {s.Auc:0.000}");
        }
        var best = scores.MaxBy(s => s.F1)!;
        log.WriteLine($"  kept {best.Trainer}");
        var (model, transformer) = best.Trainer == "FastTree" ? ExportTrees(trees.Fit(data), rows[0].Features.Length) : ExportLinear(linear.Fit(data));
        CheckExport(ml, transformer, data, model, rows);
        return new Result(model, transformer, data.Schema, scores);
    }

    private static (BinaryModel, ITransformer) ExportLinear(BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> fitted)
    {
        var m = fitted.Model;
        return (new LinearModel("LbfgsLogisticRegression", m.SubModel.Weights.ToArray(), m.SubModel.Bias, m.Calibrator.Slope, m.Calibrator.Offset), fitted);
    }

    private static (BinaryModel, ITransformer) ExportTrees(BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> fitted, int features)
    {
        var m = fitted.Model;
        var ensemble = m.SubModel.TrainedTreeEnsemble;
        var trees = ensemble.Trees.Select((t, i) =>
        {
            if (t.CategoricalSplitFlags.Any(f => f)) throw new InvalidOperationException("A categorical split cannot be exported.");
            return new QuoteExtract.Scoring.RegressionTree([.. t.NumericalSplitFeatureIndexes], [.. t.NumericalSplitThresholds], [.. t.LeftChild], [.. t.RightChild],
                [.. t.LeafValues], ensemble.TreeWeights[i]);
        }).ToArray();
        return (new TreeEnsembleModel("FastTree", features, trees, ensemble.Bias, m.Calibrator.Slope, m.Calibrator.Offset), fitted);
    }

    /// <summary>The exported parameters must give ML.NET's own probability on every training row.</summary>
    private static void CheckExport(MLContext ml, ITransformer transformer, IDataView data, BinaryModel model, IReadOnlyList<FeatureRow> rows)
    {
        var predicted = ml.Data.CreateEnumerable<Prediction>(transformer.Transform(data), reuseRowObject: false).ToList();
        for (int i = 0; i < rows.Count; i++)
        {
            double own = model.Probability(rows[i].Features);
            if (Math.Abs(own - predicted[i].Probability) > 1e-4)
            {
                throw new InvalidOperationException($"The exported {model.Trainer} gives {own:0.00000} on row {i}; ML.NET gives {predicted[i].Probability:0.00000}.");
            }
        }
    }

    private sealed class Prediction
    {
        public float Probability { get; set; }
    }

    private static CrossValidation Evaluate<TModel>(MLContext ml, IDataView data, IEstimator<BinaryPredictionTransformer<TModel>> trainer, string name)
        where TModel : class
    {
        var folds = ml.BinaryClassification.CrossValidateNonCalibrated(data, trainer, numberOfFolds: Folds, seed: Seed);
        return new CrossValidation(name,
            folds.Average(f => f.Metrics.PositivePrecision),
            folds.Average(f => f.Metrics.PositiveRecall),
            folds.Average(f => f.Metrics.F1Score),
            folds.Average(f => f.Metrics.AreaUnderRocCurve));
    }
}
