using System.Globalization;
using System.Text;
using Knowledge.Generators.Documents;

namespace Knowledge.Generators.Rendering;

/// <summary>
/// Renders a document as Markdown for previews: footnotes as <c>[^n]</c>, tables as pipe tables.
/// Every text is escaped (<see cref="Escape"/>): a passage that carries <c>&lt;script&gt;</c> or a
/// Markdown link reaches a reader as the characters it holds, never as markup.
/// </summary>
internal static class MarkdownRenderer
{
    public static string Render(GeneratedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var en = document.Language == "en";
        var notes = new List<string>();
        var sb = new StringBuilder();
        sb.Append("# ").Append(Escape(document.Title)).Append("\n\n");
        sb.Append('*').Append(Escape(document.Subject)).Append("*\n\n");
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Heading h:
                    sb.Append('#', Math.Clamp(h.Level, 1, 3) + 1).Append(' ').Append(Escape(h.Text)).Append("\n\n");
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
                    sb.Append("> **⚠** ").Append(Escape(g.Text)).Append("\n\n");
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
                        sb.Append('*').Append(Escape(t.Caption)).Append("*\n\n");
                    }

                    sb.Append("| ").AppendJoin(" | ", t.Header.Select(h => Cell(Escape(h)))).Append(" |\n");
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
            sb.Append(CultureInfo.InvariantCulture, $"[^{i + 1}]: ").Append(Escape(notes[i])).Append('\n');
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
                    sb.Append(Escape(lead)).Append(marker).Append(Escape(core)).Append(marker).Append(Escape(t.Text[(lead.Length + core.Length)..]));
                    break;
                case TextRun t:
                    sb.Append(Escape(t.Text));
                    break;
                case FieldToComplete f:
                    sb.Append("==").Append(en ? "[To complete: " : "[À compléter : ").Append(Escape(f.Prompt)).Append("]==");
                    break;
                case QuotedEvidence q:
                    notes.Add(q.Source.Citation.Format(en ? "en" : "fr"));
                    sb.Append(en ? "\u201C" : "«\u00A0").Append(Escape(q.Text)).Append(en ? "\u201D" : "\u00A0»")
                        .Append(CultureInfo.InvariantCulture, $"[^{notes.Count}]");
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Text as Markdown that shows it literally: <c>&amp; &lt; &gt;</c> as entities (no raw HTML, no
    /// tag), brackets backslashed (no link or image). Emphasis characters are left alone: they can
    /// only style text, never run it.
    /// </summary>
    internal static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny("&<>[]") < 0)
        {
            return text ?? string.Empty;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '[' => sb.Append("\\["),
                ']' => sb.Append("\\]"),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
