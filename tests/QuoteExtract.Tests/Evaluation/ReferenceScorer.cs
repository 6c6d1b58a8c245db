using System.Diagnostics;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>
/// The corpus's reference scorer (<c>shared/tools/score.py</c>) run through python3, for parity tests.
/// Tests call <see cref="RequireAvailable"/> first: it ignores the test when the script or python3 is missing.
/// </summary>
internal static class ReferenceScorer
{
    private static readonly Lazy<bool> s_python = new(() =>
    {
        try
        {
            var (code, _, _) = Run(["--version"], null);
            return code == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    });

    /// <summary>The path of score.py; ignores the calling test when it or python3 cannot be found.</summary>
    public static string RequireAvailable()
    {
        var script = TestPaths.ReferenceScorer;
        if (script is null) Assert.Ignore("shared/tools/score.py not found beside the repository: the reference scorer is not part of the repository");
        if (!s_python.Value) Assert.Ignore("python3 not found on PATH: the reference scorer cannot run");
        return script!;
    }

    /// <summary>Runs python3 with <paramref name="arguments"/>, feeding <paramref name="stdin"/>; fails the test on a non-zero exit.</summary>
    public static string Python(IEnumerable<string> arguments, string? stdin = null)
    {
        var (code, stdout, stderr) = Run(arguments, stdin);
        Assert.That(code, Is.Zero, () => "python3 failed: " + stderr);
        return stdout;
    }

    /// <summary>Runs a Python snippet with score.py importable as <c>score</c>.</summary>
    public static string Snippet(string code, string? stdin = null)
    {
        var script = RequireAvailable();
        var prelude = $"import sys, json; sys.path.insert(0, {Quote(Path.GetDirectoryName(script)!)}); import score\n";
        return Python(["-c", prelude + code], stdin);
    }

    private static string Quote(string s) => "'" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    private static (int Code, string Stdout, string Stderr) Run(IEnumerable<string> arguments, string? stdin)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin ?? string.Empty);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("python3 did not finish within 30 s");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
