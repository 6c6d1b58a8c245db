using System.CommandLine;

namespace QuoteExtract.Console;

/// <summary>The command line: <c>extract</c> (the default, on the bundled example), <c>eval</c> and <c>train</c>.</summary>
public static class Cli
{
    /// <summary>The bundled example article, beside the executable.</summary>
    public static string ExamplePath => Path.Combine(AppContext.BaseDirectory, "data", "sana-moscow-security-conference.txt");

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders or - for standard input.", Arity = ArgumentArity.ZeroOrMore };
        var input = new Option<string?>("--input") { Description = "Input format: text (one document per file) or jsonl ({\"id\",\"text\"} per line). Default: by file extension." };
        input.AcceptOnlyFromAmong("text", "jsonl");
        var output = new Option<string>("--output") { Description = "Output format: table, json or jsonl.", DefaultValueFactory = _ => "table" };
        output.AcceptOnlyFromAmong("table", "json", "jsonl");
        var rulesOnly = new Option<bool>("--rules-only") { Description = "Decide with the rules alone, without the learned models." };
        var model = new Option<string?>("--model") { Description = "A model archive written by train, instead of the bundled model." };

        var extract = new Command("extract", "Extract quotations from Arabic news text.") { paths, input, output, rulesOnly, model };
        extract.SetAction(r => ExtractCommand.Run(r.GetValue(paths) is { Length: > 0 } p ? p : ["-"], r.GetValue(input), r.GetValue(output)!,
            Options(r.GetValue(rulesOnly), r.GetValue(model)), stdin, stdout, stderr));

        var gold = new Argument<string>("gold") { Description = "A gold .json file or a folder of them." };
        var showErrors = new Option<bool>("--show-errors") { Description = "List every missed, spurious and misattributed quotation." };
        var ablation = new Option<bool>("--ablation") { Description = "Score the rules alone, with the cue classifier and with both models, as a table." };
        var eval = new Command("eval", "Score the extractor against gold annotations.") { gold, showErrors, ablation, rulesOnly, model };
        eval.SetAction(r => EvalCommand.Run(r.GetValue(gold)!, r.GetValue(showErrors), r.GetValue(ablation), Options(r.GetValue(rulesOnly), r.GetValue(model)), stdout, stderr));

        var trainGold = new Argument<string[]>("gold") { Description = "Gold .json files or folders to train on.", Arity = ArgumentArity.OneOrMore };
        var trainOut = new Option<string>("--out") { Description = "Where to write the model archive.", DefaultValueFactory = _ => "model.zip" };
        var train = new Command("train", "Train the cue classifier and the speaker model on gold files.") { trainGold, trainOut };
        train.SetAction(r => Training.TrainCommand.Run(r.GetValue(trainGold)!, r.GetValue(trainOut)!, stdout, stderr));


        var root = new RootCommand("QuoteExtract: who said what in Arabic news. With no command, runs on the bundled example.") { extract, eval, train, rulesOnly };
        root.SetAction(r => ExtractCommand.Run([ExamplePath], "text", "table", Options(r.GetValue(rulesOnly), null), stdin, stdout, stderr));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine(error.Message);
            stderr.WriteLine("Run with --help for usage.");
            return ExitCodes.Usage;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static QuoteExtractorOptions Options(bool rulesOnly, string? modelPath) => new() { UseModels = !rulesOnly, ModelPath = modelPath };
}
