using System.Text;
using Knowledge.Core.Evidence;
using Knowledge.Core.Taxonomy;

namespace Knowledge.Generators.Exports.Citations;

/// <summary>
/// A document as a reference manager needs it. The evidence base holds grey literature (NGO and UN
/// reports, country overviews, strategies), so every reference is a report: the publisher is the
/// issuing institution, the kind is the report's genre, and the URL is the original file.
/// </summary>
/// <param name="Key">Citation key, stable and unique within the export: <c>mariage2023-3fa2c1</c>.</param>
/// <param name="Title">The document's title.</param>
/// <param name="Institution">The publisher (issuing organisation), when known.</param>
/// <param name="Year">Publication year, when known.</param>
/// <param name="Language">ISO 639-1 code: <c>fr</c> or <c>en</c>.</param>
/// <param name="Genre">The kind of report, in the export's language ("Rapport de recherche").</param>
/// <param name="Url">The original file on this server.</param>
/// <param name="Countries">The countries it covers, as labels in the export's language.</param>
/// <param name="DocumentId">The evidence base's id of the document.</param>
internal sealed record CitedDocument(string Key, string Title, string? Institution, int? Year, string Language, string Genre, string Url, IReadOnlyList<string> Countries, string DocumentId)
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "l", "le", "la", "les", "un", "une", "des", "de", "du", "d", "et", "en", "au", "aux", "a", "an", "the", "of", "and", "on", "in", "for",
    };

    public static IReadOnlyList<CitedDocument> AllOf(EvidenceExport export, EvidenceTaxonomy taxonomy)
    {
        var lang = export.Language;
        var keys = Keys(export.Documents);
        return [.. export.Documents.Select(d => new CitedDocument(
            keys[d.Id],
            d.Title,
            string.IsNullOrWhiteSpace(d.Publisher) ? null : d.Publisher,
            d.Year,
            d.Language,
            ExportText.Get("DocumentKind." + d.Kind.ToCode(), lang),
            export.DocumentFileUrl(d.Id),
            [.. d.Countries.Select(c => taxonomy.FindCountry(c)?.Name.Get(lang) ?? c)],
            d.Id))];
    }

    /// <summary>
    /// First significant title word, year (or <c>nd</c>) and the start of the document's content
    /// hash: readable, the same for the same file in every export, and lengthened to the whole id
    /// when two documents of one export would share a key.
    /// </summary>
    private static Dictionary<string, string> Keys(IReadOnlyList<SourceDocument> documents)
    {
        string Short(SourceDocument d, int hex) =>
            $"{Word(d.Title)}{(d.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nd")}-{d.Id[..Math.Min(hex, d.Id.Length)].ToLowerInvariant()}";

        var shortKeys = documents.GroupBy(d => Short(d, 6), StringComparer.Ordinal).ToList();
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in shortKeys)
        {
            foreach (var d in group)
            {
                keys[d.Id] = group.Count() == 1 ? group.Key : Short(d, d.Id.Length);
            }
        }

        return keys;
    }

    private static string Word(string title)
    {
        var words = EvidenceExporter.Slug(title, 200).Split('-', StringSplitOptions.RemoveEmptyEntries);
        var word = words.FirstOrDefault(w => w.Length > 2 && !Skipped.Contains(w)) ?? words.FirstOrDefault() ?? "document";
        return word.Length > 20 ? word[..20] : word;
    }

    /// <summary>Line breaks and runs of spaces made single spaces (titles come from PDF metadata and headings).</summary>
    internal static string OneLine(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Trim();
    }
}
