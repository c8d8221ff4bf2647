using Knowledge.Core.Safeguarding;
using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.SearchApi.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Knowledge.SearchApi.Pages.Findings;

/// <summary>One finding: passage, notes, citation styles, neighbours in its document, and meta tags for reference managers.</summary>
public sealed class FindingModel(IEvidenceIndex index, Vocabulary vocabulary) : PageModel
{
    public Finding? Finding { get; private set; }

    public SourceDocument? Document { get; private set; }

    public Finding? Previous { get; private set; }

    public Finding? Next { get; private set; }

    public Vocabulary Words => vocabulary;

    public async Task OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Finding = (await index.GetFindingAsync(id, cancellationToken)) is { } found ? found.ForReaders(found.Language) : null;
        if (Finding is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Document = await index.GetDocumentAsync(Finding.DocumentId, cancellationToken);
        var siblings = (await index.GetDocumentFindingsAsync(Finding.DocumentId, cancellationToken)).Select(f => f.ForReaders(f.Language)).ToList();
        var at = siblings.ToList().FindIndex(f => f.Id == Finding.Id);
        Previous = at > 0 ? siblings[at - 1] : null;
        Next = at >= 0 && at < siblings.Count - 1 ? siblings[at + 1] : null;
    }
}
