using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.SearchApi.Uploads;
using Knowledge.SearchApi.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Knowledge.SearchApi.Pages.Documents;

/// <summary>The library: every ingested document, filtered by kind, country, year and language; the upload form for editors.</summary>
public sealed class IndexModel(IEvidenceIndex index, Vocabulary vocabulary) : PageModel
{
    /// <summary>
    /// The registry is read whole (a network's library holds hundreds to a few thousand
    /// publications) and filtered here, since the index pages it only by date.
    /// </summary>
    private const int MaxDocuments = 5000;

    public IReadOnlyList<SourceDocument> Documents { get; private set; } = [];

    public long Total { get; private set; }

    public IReadOnlyList<string> Countries { get; private set; } = [];

    public IReadOnlyList<int> YearsAvailable { get; private set; } = [];

    public Vocabulary Words => vocabulary;

    public bool CanUpload => User.IsInRole("editor");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = new List<SourceDocument>();
        for (var page = 1; all.Count < MaxDocuments; page++)
        {
            var batch = await index.ListDocumentsAsync(page, 100, cancellationToken);
            all.AddRange(batch.Items);
            if (batch.Items.Count < 100 || all.Count >= batch.Total)
            {
                break;
            }
        }

        Total = all.Count;
        Countries = [.. all.SelectMany(d => d.Countries).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        YearsAvailable = [.. all.Where(d => d.Year is not null).Select(d => d.Year!.Value).Distinct().OrderDescending()];
        var q = Request.Query;
        var kind = q["kind"].ToString();
        var country = q["country"].ToString();
        var lang = q["lang"].ToString();
        var year = q["year"].ToString();
        var text = q["q"].ToString().Trim();
        Documents = [.. all.Where(d =>
            (kind.Length == 0 || d.Kind.ToCode() == kind)
            && (country.Length == 0 || d.Countries.Contains(country, StringComparer.OrdinalIgnoreCase))
            && (lang.Length == 0 || d.Language == lang)
            && (year.Length == 0 || d.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) == year)
            && (text.Length == 0 || d.Title.Contains(text, StringComparison.CurrentCultureIgnoreCase) || d.FileName.Contains(text, StringComparison.CurrentCultureIgnoreCase)))
            .OrderByDescending(d => d.Year ?? 0).ThenBy(d => d.Title, StringComparer.CurrentCulture)];
    }
}

/// <summary>What became of each uploaded file, or why nothing was stored.</summary>
public sealed record UploadView(IReadOnlyList<UploadedFileDto> Files, string? Problem, IReadOnlyDictionary<string, string[]> Errors);
