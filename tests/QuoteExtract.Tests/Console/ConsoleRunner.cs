namespace QuoteExtract.Tests.Console;

/// <summary>Runs the console's <c>Cli.Run</c> in memory and keeps what it wrote.</summary>
internal sealed record ConsoleRun(int ExitCode, string Stdout, string Stderr)
{
    public static ConsoleRun Of(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = QuoteExtract.Console.Cli.Run(args, input, output, error);
        return new ConsoleRun(code, output.ToString(), error.ToString());
    }

    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
