using System.Text.Json;

namespace QuoteExtract.Tests.Console;

/// <summary><c>extract</c>: JSON Lines in and out, errors per line on stderr, exit codes 0 / 1 / 2.</summary>
[TestFixture]
public class ExtractCommandTests
{
    private const string First = "وقال وزير الصحة المغربي خالد بنعلي «إن المستشفيات الجديدة ستفتح أبوابها قبل نهاية العام».";
    private const string Third = "وقالت وزيرة البيئة ليلى حداد في مؤتمر صحفي «لن نسمح بدفن النفايات قرب الأحياء السكنية».";

    [Test]
    public void A_malformed_line_is_reported_and_the_others_are_extracted_in_order()
    {
        var stdin = string.Join('\n',
            JsonSerializer.Serialize(new { id = "a", text = First }),
            "{\"id\": \"b\", \"text\": ",
            JsonSerializer.Serialize(new { id = "c", text = Third })) + "\n";

        var run = ConsoleRun.Of(stdin, "extract", "--input", "jsonl", "--output", "jsonl", "-");
        var lines = run.StdoutLines;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(lines, Has.Length.EqualTo(2));
            Assert.That(run.Stderr, Does.Contain("stdin:2"));
            Assert.That(run.Stderr, Does.Not.Contain("stdin:1").And.Not.Contain("stdin:3"));
        }
        var ids = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
        Assert.That(ids, Is.EqualTo(new[] { "a", "c" }));
        using var first = JsonDocument.Parse(lines[0]);
        Assert.That(first.RootElement.GetProperty("quotations")[0].GetProperty("content").GetProperty("text").GetString(),
            Is.EqualTo("إن المستشفيات الجديدة ستفتح أبوابها قبل نهاية العام"));
    }

    [Test]
    public void Good_input_exits_with_zero()
    {
        var stdin = JsonSerializer.Serialize(new { id = "a", text = First }) + "\n\n" + JsonSerializer.Serialize(new { id = "b", text = "" }) + "\n";
        var run = ConsoleRun.Of(stdin, "extract", "--input", "jsonl", "--output", "jsonl", "-");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero, run.Stderr);
            Assert.That(run.StdoutLines, Has.Length.EqualTo(2), "blank lines are skipped, an empty text is a document");
            Assert.That(run.Stderr, Is.Empty);
        }
    }

    [Test]
    public void A_line_without_an_id_is_named_after_its_source_and_line()
    {
        var run = ConsoleRun.Of(JsonSerializer.Serialize(new { text = First }) + "\n", "extract", "--input", "jsonl", "--output", "jsonl", "-");
        using var line = JsonDocument.Parse(run.StdoutLines.Single());
        Assert.That(line.RootElement.GetProperty("id").GetString(), Is.EqualTo("stdin:1"));
    }

    [Test]
    public void Plain_text_on_stdin_is_one_document()
    {
        var run = ConsoleRun.Of(First + "\n" + Third, "extract", "--output", "json", "-");
        using var json = JsonDocument.Parse(run.Stdout);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero, run.Stderr);
            Assert.That(json.RootElement.GetProperty("id").GetString(), Is.EqualTo("stdin"));
            Assert.That(json.RootElement.GetProperty("quotations").GetArrayLength(), Is.EqualTo(2));
        }
    }

    [Test]
    public void Files_are_read_and_a_missing_file_is_reported()
    {
        var folder = Directory.CreateTempSubdirectory("quoteextract-extract-");
        try
        {
            var file = Path.Combine(folder.FullName, "first.txt");
            File.WriteAllText(file, First);
            var missing = Path.Combine(folder.FullName, "missing.txt");

            var run = ConsoleRun.Of("", "extract", "--output", "jsonl", file, missing);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(run.ExitCode, Is.EqualTo(1));
                Assert.That(run.StdoutLines, Has.Length.EqualTo(1));
                Assert.That(run.Stdout, Does.Contain("\"id\":\"first\""));
                Assert.That(run.Stderr, Does.Contain(missing).And.Contain("no such file or folder"));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [TestCase("--no-such-option", TestName = "unknown option")]
    [TestCase("extract", "--output", "xml", "-", TestName = "output format outside the list")]
    [TestCase("extract", "--input", "csv", "-", TestName = "input format outside the list")]
    [TestCase("frobnicate", TestName = "unknown command")]
    public void A_bad_option_exits_with_two(params string[] args)
    {
        var run = ConsoleRun.Of("", args);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Stderr, Does.Contain("--help"));
            Assert.That(run.Stdout, Is.Empty);
        }
    }
}
