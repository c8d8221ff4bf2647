using System.Globalization;
using System.Text;
using Knowledge.Generators.Documents;

namespace Knowledge.Generators.Rendering;

/// <summary>Renders a document as Markdown for previews: footnotes as <c>[^n]</c>, tables as pipe tables.</summary>
internal static class MarkdownRenderer
{
    public static string Render(GeneratedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var en = document.Language == "en";
        var notes = new List<string>();
        var sb = new StringBuilder();
        sb.Append("# ").Append(document.Title).Append("\n\n");
        sb.Append('*').Append(document.Subject).Append("*\n\n");
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Heading h:
                    sb.Append('#', Math.Clamp(h.Level, 1, 3) + 1).Append(' ').Append(h.Text).Append("\n\n");
                    break;
                case TableOfContents:
                    break;
                case Documents.Paragraph p:
                    sb.Append(Inlines(p.Content, en, notes)).Append("\n\n");
                    break;
                case EvidenceBlock q:
                    sb.Append("> ").Append(Inlines([q.Quote], en, notes)).Append("\n\n");
                    break;
                case GapNotice g:
                    sb.Append("> **⚠** ").Append(g.Text).Append("\n\n");
                    break;
                case BulletList list:
                    foreach (var item in list.Items)
                    {
                        sb.Append("- ").Append(Inlines(item, en, notes)).Append('\n');
                    }

                    sb.Append('\n');
                    break;
                case Documents.Table t:
                    if (t.Caption is not null)
                    {
                        sb.Append('*').Append(t.Caption).Append("*\n\n");
                    }

                    sb.Append("| ").AppendJoin(" | ", t.Header.Select(Cell)).Append(" |\n");
                    sb.Append('|').AppendJoin("|", t.Header.Select(_ => "---")).Append("|\n");
                    foreach (var row in t.Rows)
                    {
                        sb.Append("| ").AppendJoin(" | ", row.Select(c => Cell(Inlines(c, en, notes)))).Append(" |\n");
                    }

                    sb.Append('\n');
                    break;
            }
        }

        for (var i = 0; i < notes.Count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"[^{i + 1}]: ").Append(notes[i]).Append('\n');
        }

        return sb.ToString();
    }

    private static string Inlines(IEnumerable<Inline> inlines, bool en, List<string> notes)
    {
        var sb = new StringBuilder();
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun t when (t.Bold || t.Italic) && !string.IsNullOrWhiteSpace(t.Text):
                    // Emphasis markers must hug the text: "**Ask: **" does not render as bold.
                    var marker = t.Bold ? "**" : "*";
                    var core = t.Text.Trim();
                    var lead = t.Text[..t.Text.IndexOf(core[0], StringComparison.Ordinal)];
                    sb.Append(lead).Append(marker).Append(core).Append(marker).Append(t.Text[(lead.Length + core.Length)..]);
                    break;
                case TextRun t:
                    sb.Append(t.Text);
                    break;
                case FieldToComplete f:
                    sb.Append("==").Append(en ? "[To complete: " : "[À compléter : ").Append(f.Prompt).Append("]==");
                    break;
                case QuotedEvidence q:
                    notes.Add(q.Source.Citation.Format(en ? "en" : "fr"));
                    sb.Append(en ? "\u201C" : "«\u00A0").Append(q.Text).Append(en ? "\u201D" : "\u00A0»")
                        .Append(CultureInfo.InvariantCulture, $"[^{notes.Count}]");
                    break;
            }
        }

        return sb.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
