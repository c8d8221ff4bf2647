using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Knowledge.SampleLibrary.Builder.Sources;

/// <summary>
/// Reads the small Markdown dialect the sample sources are written in: a front matter block
/// (<c>key: value</c> between <c>---</c> lines), <c>##</c>/<c>###</c> headings, paragraphs,
/// <c>- </c> bullets, <c>&gt; </c> callouts, pipe tables (optionally preceded by <c>Table: caption</c>),
/// inline <c>**bold**</c>, <c>*italic*</c> and <c>[^n]</c> note markers with <c>[^n]: text</c> definitions.
/// </summary>
internal static partial class ReportSourceParser
{
    private static readonly HashSet<string> Kinds =
        ["country-overview", "research-report", "strategy", "policy-brief", "other"];

    public static ReportSource Parse(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var fileName = Path.GetFileName(path);
        CheckCharacters(lines, fileName);
        var (front, bodyStart) = ReadFrontMatter(lines, fileName);

        string Required(string key) =>
            front.TryGetValue(key, out var v) && v.Length > 0
                ? v
                : throw new SourceFormatException(fileName, $"front matter field '{key}' is missing");

        var kind = Required("kind");
        if (!Kinds.Contains(kind))
            throw new SourceFormatException(fileName, $"kind '{kind}' is not one of {string.Join(", ", Kinds)}");

        var language = Required("language");
        if (language is not ("fr" or "en"))
            throw new SourceFormatException(fileName, $"language '{language}' must be 'fr' or 'en'");

        if (!int.TryParse(Required("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1990 or > 2100)
            throw new SourceFormatException(fileName, $"year '{front["year"]}' is not a plausible year");

        var countries = Required("countries").Trim('[', ']')
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (countries.Length == 0 || countries.Any(c => !IsoCode().IsMatch(c)))
            throw new SourceFormatException(fileName, "countries must be a list of ISO 3166 alpha-2 codes");

        var format = front.GetValueOrDefault("output", "pdf") switch
        {
            "pdf" => OutputFormat.Pdf,
            "docx" => OutputFormat.Docx,
            var other => throw new SourceFormatException(fileName, $"output '{other}' must be 'pdf' or 'docx'"),
        };

        var columns = front.GetValueOrDefault("columns", "1") switch
        {
            "1" => 1,
            "2" => 2,
            var other => throw new SourceFormatException(fileName, $"columns '{other}' must be 1 or 2"),
        };

        var notes = new NoteNumbering();
        var blocks = ReadBody(lines, bodyStart, fileName, notes, out var noteTexts);

        var missing = notes.Order.Where(label => !noteTexts.ContainsKey(label)).ToList();
        if (missing.Count > 0)
            throw new SourceFormatException(fileName, $"note marker(s) without a definition: {string.Join(", ", missing)}");
        var unused = noteTexts.Keys.Where(label => !notes.Order.Contains(label)).ToList();
        if (unused.Count > 0)
            throw new SourceFormatException(fileName, $"note definition(s) never referenced: {string.Join(", ", unused)}");

        return new ReportSource
        {
            SourceFile = fileName,
            Title = Required("title"),
            ShortTitle = front.GetValueOrDefault("short-title") ?? Required("title"),
            Subtitle = front.GetValueOrDefault("subtitle"),
            Publisher = Required("publisher"),
            Year = year,
            Language = language,
            Kind = kind,
            Countries = countries,
            OutputName = front.GetValueOrDefault("file") ?? Path.GetFileNameWithoutExtension(path),
            Format = format,
            Columns = columns,
            Blocks = blocks,
            Notes = notes.Order.Select(label => ParseInline(noteTexts[label], notes: null)).ToList(),
        };
    }

    /// <summary>
    /// The PDFs embed fonts with WinAnsi encoding, which PDF readers map back to Unicode reliably;
    /// a character outside it would come out as a wrong glyph, so it is refused here.
    /// </summary>
    private static void CheckCharacters(string[] lines, string fileName)
    {
        const string extras = "–—‘’“”…•œŒ€‰";
        for (var i = 0; i < lines.Length; i++)
        {
            var bad = lines[i].FirstOrDefault(c => c > 'ÿ' && !extras.Contains(c, StringComparison.Ordinal));
            if (bad != default)
                throw new SourceFormatException(fileName, $"line {i + 1}: character U+{(int)bad:X4} '{bad}' is outside the WinAnsi set the PDFs use");
        }
    }

    private static (Dictionary<string, string> Front, int BodyStart) ReadFrontMatter(string[] lines, string fileName)
    {
        if (lines.Length == 0 || lines[0].Trim() != "---")
            throw new SourceFormatException(fileName, "the file must start with a '---' front matter block");

        var front = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line == "---")
                return (front, i + 1);
            if (line.Length == 0)
                continue;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
                throw new SourceFormatException(fileName, $"line {i + 1}: front matter lines are 'key: value'");
            front[line[..colon].Trim()] = line[(colon + 1)..].Trim().Trim('"');
        }

        throw new SourceFormatException(fileName, "the front matter block is not closed by '---'");
    }

    private static List<Block> ReadBody(
        string[] lines, int start, string fileName, NoteNumbering notes, out Dictionary<string, string> noteTexts)
    {
        var blocks = new List<Block>();
        noteTexts = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = new StringBuilder();
        var pendingKind = PendingKind.None;
        string? caption = null;
        List<IReadOnlyList<IReadOnlyList<Run>>>? tableRows = null;

        void Flush()
        {
            if (pending.Length > 0)
            {
                var runs = ParseInline(pending.ToString(), notes);
                blocks.Add(pendingKind switch
                {
                    PendingKind.Bullet => new BulletItem(runs),
                    PendingKind.Callout => new Callout(runs),
                    _ => new Paragraph(runs),
                });
                pending.Clear();
            }

            pendingKind = PendingKind.None;
            if (tableRows is not null)
            {
                blocks.Add(new Table(tableRows, caption));
                tableRows = null;
                caption = null;
            }
        }

        void Append(string text)
        {
            if (pending.Length > 0)
                pending.Append(' ');
            pending.Append(text.Trim());
        }

        for (var i = start; i < lines.Length; i++)
        {
            var raw = lines[i];
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            var noteDef = NoteDefinition().Match(line);
            if (noteDef.Success)
            {
                Flush();
                if (!noteTexts.TryAdd(noteDef.Groups[1].Value, noteDef.Groups[2].Value.Trim()))
                    throw new SourceFormatException(fileName, $"line {i + 1}: note [^{noteDef.Groups[1].Value}] is defined twice");
                continue;
            }

            if (line.StartsWith('#'))
            {
                Flush();
                var level = line.TakeWhile(c => c == '#').Count();
                if (level is < 2 or > 3)
                    throw new SourceFormatException(fileName, $"line {i + 1}: use '##' for sections and '###' for subsections (the title is in the front matter)");
                blocks.Add(new Heading(level - 1, line[level..].Trim()));
                continue;
            }

            if (line.StartsWith("Table:", StringComparison.Ordinal))
            {
                Flush();
                caption = line["Table:".Length..].Trim();
                continue;
            }

            if (line.StartsWith('|'))
            {
                if (tableRows is null)
                {
                    var keepCaption = caption;
                    Flush();
                    caption = keepCaption;
                    tableRows = [];
                }

                if (TableSeparator().IsMatch(line))
                    continue;
                var cells = line.Trim('|').Split('|').Select(c => (IReadOnlyList<Run>)ParseInline(c.Trim(), notes)).ToList();
                if (tableRows.Count > 0 && cells.Count != tableRows[0].Count)
                    throw new SourceFormatException(fileName, $"line {i + 1}: table row has {cells.Count} cells, header has {tableRows[0].Count}");
                tableRows.Add(cells);
                continue;
            }

            if (caption is not null && tableRows is null)
                throw new SourceFormatException(fileName, $"line {i + 1}: a 'Table:' caption must be followed by a table");

            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                Flush();
                pendingKind = PendingKind.Bullet;
                Append(line[2..]);
                continue;
            }

            if (line.StartsWith('>'))
            {
                if (pendingKind != PendingKind.Callout)
                {
                    Flush();
                    pendingKind = PendingKind.Callout;
                }

                Append(line[1..]);
                continue;
            }

            if (tableRows is not null)
                Flush();
            if (pendingKind == PendingKind.None)
                pendingKind = PendingKind.Paragraph;
            Append(line);
        }

        Flush();
        return blocks;
    }

    /// <summary>Splits text into runs; <paramref name="notes"/> is null inside note texts, which carry no markers.</summary>
    private static List<Run> ParseInline(string text, NoteNumbering? notes)
    {
        var runs = new List<Run>();
        var buffer = new StringBuilder();
        var style = RunStyle.Regular;

        void Emit()
        {
            if (buffer.Length > 0)
                runs.Add(new Run(buffer.ToString(), style));
            buffer.Clear();
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (notes is not null && text[i] == '[' && i + 1 < text.Length && text[i + 1] == '^')
            {
                var end = text.IndexOf(']', i);
                if (end > i)
                {
                    Emit();
                    var number = notes.NumberOf(text[(i + 2)..end]);
                    runs.Add(new Run(number.ToString(CultureInfo.InvariantCulture), RunStyle.NoteMarker));
                    i = end;
                    continue;
                }
            }

            if (text[i] == '*' && i + 1 < text.Length && text[i + 1] == '*')
            {
                Emit();
                style = style == RunStyle.Bold ? RunStyle.Regular : RunStyle.Bold;
                i++;
                continue;
            }

            if (text[i] == '*')
            {
                Emit();
                style = style == RunStyle.Italic ? RunStyle.Regular : RunStyle.Italic;
                continue;
            }

            buffer.Append(text[i]);
        }

        Emit();
        return runs;
    }

    private enum PendingKind
    {
        None,
        Paragraph,
        Bullet,
        Callout,
    }

    /// <summary>Numbers notes 1, 2, 3… in the order their markers first appear, whatever their labels.</summary>
    private sealed class NoteNumbering
    {
        public List<string> Order { get; } = [];

        public int NumberOf(string label)
        {
            var index = Order.IndexOf(label);
            if (index < 0)
            {
                Order.Add(label);
                index = Order.Count - 1;
            }

            return index + 1;
        }
    }

    [GeneratedRegex(@"^\[\^([^\]]+)\]:\s*(.+)$")]
    private static partial Regex NoteDefinition();

    [GeneratedRegex(@"^\|[\s:\-|]+\|$")]
    private static partial Regex TableSeparator();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex IsoCode();
}

internal sealed class SourceFormatException(string file, string reason)
    : Exception($"{file}: {reason}")
{
    public string File { get; } = file;
}
