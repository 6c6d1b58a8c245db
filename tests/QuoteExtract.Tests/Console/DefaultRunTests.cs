namespace QuoteExtract.Tests.Console;

/// <summary>With no arguments the console runs the bundled example and prints a table.</summary>
[TestFixture]
public class DefaultRunTests
{
    [Test]
    public void The_bundled_example_sits_beside_the_executable()
    {
        Assert.That(QuoteExtract.Console.Cli.ExamplePath, Does.Exist);
    }

    [Test]
    public void No_arguments_print_a_table_of_the_bundled_example()
    {
        var run = ConsoleRun.Of("");
        var lines = run.StdoutLines;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero, run.Stderr);
            Assert.That(run.Stderr, Is.Empty);
            Assert.That(lines[0], Does.Match(@"^# sana-moscow-security-conference: \d+ quotations, \d+ speakers$"));
            Assert.That(lines[1], Does.StartWith("speaker").And.Contain("| title").And.Contain("| cue").And.Contain("| kind").And.Contain("| content"));
            Assert.That(lines.Length, Is.GreaterThan(30), "a row per quotation");
            Assert.That(lines.Skip(2), Has.All.Contains(" | "));
            Assert.That(run.Stdout, Does.Contain("سيرغي لافروف"));
            Assert.That(lines.Skip(2).Select(l => l.Split(" | ")[3].Trim()).Distinct(), Is.SubsetOf(new[] { "direct", "indirect", "mixed" }));
        }
    }

    [Test]
    public void The_table_count_matches_the_rows()
    {
        var lines = ConsoleRun.Of("").StdoutLines;
        var count = int.Parse(System.Text.RegularExpressions.Regex.Match(lines[0], @": (\d+) quotations").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(lines.Length - 2, Is.EqualTo(count));
    }
}
