using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Knowledge.Ingest.Pipeline;
using Knowledge.Ingest.Tests.Fixtures;

namespace Knowledge.Ingest.Tests.Corpus;

/// <summary>
/// Reports this project has never seen: the test writes a report as HTML (title, numbered
/// sections, justified prose, a list with its lead-in, a key-figure table, note calls and their
/// notes) and has Debian's Chromium print it, with the browser's own running header (date, title)
/// and footer (address, page N/M), in one and in two columns. The words come from a fixed seed, so
/// no pattern in the extractor was tuned on them.
/// </summary>
public sealed partial class BrowserPrintedReportTests
{
    private static readonly string[] Vocabulary =
        ("protection enfants exploitation sexuelle réseau plaidoyer données enquête rapport gouvernement ministère justice police "
        + "signalement victimes prise charge services sociaux communautés familles écoles prévention sensibilisation formation "
        + "acteurs partenaires financement stratégie nationale régionale mécanismes coordination mineurs accompagnés traite "
        + "frontières migration travail domestique mariage précoce filles garçons adolescents violences abus numériques plateformes "
        + "opérateurs téléphonie hôtels transport routier sites miniers orpaillage insécurité déplacements humanitaire santé "
        + "psychosociale réintégration scolarisation état civil naissance enregistrement législation code pénal ratification").Split(' ');

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task PrintedReport_KeepsWordsInOrder_WithoutRunningTextOrHyphenationDebris(int columns)
    {
        var (html, reference) = Report(columns, seed: 41 + columns);
        var pdf = Print(html);

        var result = await IngestRun.RunAsync(pdf, $"rapport-{columns}-colonnes.pdf");
        Assert.Equal(IngestStatus.Ingested, result.Status);

        // Headings count through section paths (each once, where it starts), notes through the
        // notes resolved on the findings that call them.
        var ours = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var notes = new List<string>();
        foreach (var f in result.Findings)
        {
            for (var i = 0; i < f.SectionPath.Count; i++)
            {
                if (seen.Add(string.Join("\u0001", f.SectionPath.Take(i + 1))))
                {
                    ours.Add(f.SectionPath[i]);
                }
            }

            ours.Add(f.Text);
            notes.AddRange(f.Notes.Where(n => !notes.Contains(n)));
        }

        var ourWords = Words(string.Join(" ", ours.Append("Notes").Concat(notes)));
        var referenceWords = Words(string.Join(" ", reference));
        var kept = InOrder(referenceWords, ourWords);
        TestContext.Current.TestOutputHelper?.WriteLine($"{columns} colonne(s) : {kept}/{referenceWords.Count} mots dans l'ordre ({(double)kept / referenceWords.Count:P1})");
        Assert.True(kept >= 0.98 * referenceWords.Count, $"{kept}/{referenceWords.Count} mots dans l'ordre");

        foreach (var f in result.Findings)
        {
            Assert.DoesNotMatch(PrintStamp(), f.Text);
            Assert.DoesNotContain("file://", f.Text, StringComparison.Ordinal);
            Assert.DoesNotMatch(new Regex($@"(?<![\d/])\d{{1,2}}/{result.Pages}(?![\d/])"), f.Text);
            Assert.DoesNotMatch(HyphenDebris(), f.Text);
        }
    }

    /// <summary>The report's HTML and, in reading order, the text a reader sees in its body.</summary>
    private static (string Html, List<string> Reference) Report(int columns, int seed)
    {
        var random = new Random(seed);
        string Sentence(int min, int max)
        {
            var words = Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).ToArray();
            words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
            return string.Join(' ', words) + ".";
        }

        string Paragraph() => string.Join(' ', Enumerable.Range(0, random.Next(3, 7)).Select(_ => Sentence(12, 28)));

        var title = columns == 1 ? "Rapport d'étude sur la protection des enfants" : "Rapport régional sur la protection des enfants";
        var reference = new List<string> { title };
        var body = new StringBuilder($"<h1>{Encode(title)}</h1>");
        var notes = new List<string>();
        for (var s = 1; s <= 4; s++)
        {
            var heading = $"{s}. {Sentence(3, 5).TrimEnd('.')}";
            reference.Add(heading);
            body.Append($"<h2>{Encode(heading)}</h2>");
            for (var k = 0; k < 3; k++)
            {
                var text = Paragraph();
                reference.Add(text);
                if (k == 1)
                {
                    notes.Add(Sentence(10, 16));
                    body.Append($"<p>{Encode(text)}<sup>{notes.Count}</sup></p>");
                }
                else
                {
                    body.Append($"<p>{Encode(text)}</p>");
                }
            }

            if (s == 2)
            {
                var items = Enumerable.Range(0, 4).Select(_ => Sentence(8, 14)).ToList();
                reference.Add("Les priorités retenues sont les suivantes :");
                reference.AddRange(items);
                body.Append("<p>Les priorités retenues sont les suivantes :</p><ul>");
                body.AppendJoin(string.Empty, items.Select(i => $"<li>{Encode(i)}</li>"));
                body.Append("</ul>");
            }

            if (s == 3)
            {
                var rows = new List<string[]> { new[] { "Pays", "Valeur", "Année" } };
                rows.AddRange(new[] { "Niger", "Mali", "Sénégal", "Guinée" }.Select(c => new[] { c, $"{random.Next(1, 900)} {random.Next(100, 1000)}", $"{random.Next(2015, 2025)}" }));
                reference.Add("Tableau 1 : Indicateurs clés par pays");
                reference.AddRange(rows.Select(r => string.Join(' ', r)));
                body.Append("<p>Tableau 1 : Indicateurs clés par pays</p><table>");
                body.AppendJoin(string.Empty, rows.Select(r => "<tr>" + string.Concat(r.Select(c => $"<td>{Encode(c)}</td>")) + "</tr>"));
                body.Append("</table>");
            }
        }

        reference.Add("Notes");
        reference.AddRange(notes);
        body.Append("<h2>Notes</h2>");
        body.AppendJoin(string.Empty, notes.Select((n, i) => $"<p>{i + 1}. {Encode(n)}</p>"));

        var layout = columns == 2 ? "column-count: 2; column-gap: 2em;" : string.Empty;
        var html = $$"""
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{{Encode(title)}}</title>
            <style>
            body { font-family: "DejaVu Serif", serif; font-size: 11pt; text-align: justify; hyphens: auto; {{layout}} }
            h1 { column-span: all; } table { border-collapse: collapse; } td { border: 1px solid #444; padding: 2px 6px; }
            </style></head><body>{{body}}</body></html>
            """;
        return (html, reference);
    }

    /// <summary>Chromium's print to PDF, with its default running header and footer.</summary>
    private static byte[] Print(string html)
    {
        var chromium = new[] { "chromium", "chromium-browser" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Select(d => Path.Combine(d, name)))
            .FirstOrDefault(File.Exists);
        if (chromium is null)
        {
            Assert.Skip("chromium absent : installez le paquet Debian chromium (tests/install-deps.sh)");
        }

        var folder = Directory.CreateTempSubdirectory("knowledge-print-");
        try
        {
            var page = Path.Combine(folder.FullName, "rapport.html");
            var output = Path.Combine(folder.FullName, "rapport.pdf");
            File.WriteAllText(page, html);
            var start = new ProcessStartInfo(chromium) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", $"--user-data-dir={Path.Combine(folder.FullName, "profile")}", $"--print-to-pdf={output}", new Uri(page).AbsoluteUri })
            {
                start.ArgumentList.Add(a);
            }

            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("chromium n'a pas imprimé la page en 90 s");
            }

            Assert.True(File.Exists(output), "chromium n'a pas écrit de PDF : " + stderr.Result);
            return File.ReadAllBytes(output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static List<string> Words(string text) =>
        [.. WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value)];

    /// <summary>Length of the longest common subsequence: reference words found in the same order.</summary>
    private static int InOrder(List<string> reference, List<string> ours)
    {
        var row = new int[ours.Count + 1];
        foreach (var r in reference)
        {
            var diagonal = 0;
            for (var j = 1; j <= ours.Count; j++)
            {
                var above = row[j];
                row[j] = r == ours[j - 1] ? diagonal + 1 : Math.Max(row[j], row[j - 1]);
                diagonal = above;
            }
        }

        return row[ours.Count];
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}'’-]*|\d+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\d{1,2}/\d{1,2}/\d{2,4}, \d{1,2}:\d{2}\s?[AP]M")]
    private static partial Regex PrintStamp();

    [GeneratedRegex(@"\p{Ll}{2,}- \p{Ll}{2,}")]
    private static partial Regex HyphenDebris();
}
