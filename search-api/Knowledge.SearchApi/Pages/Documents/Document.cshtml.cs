using Knowledge.Core.Safeguarding;
using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.SearchApi.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Knowledge.SearchApi.Pages.Documents;

/// <summary>One document: its registry entry, its findings in order and its original file.</summary>
public sealed class DocumentModel(IEvidenceIndex index, Vocabulary vocabulary) : PageModel
{
    public SourceDocument? Document { get; private set; }

    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    public Vocabulary Words => vocabulary;

    public async Task OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Document = await index.GetDocumentAsync(id, cancellationToken);
        if (Document is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Findings = [.. (await index.GetDocumentFindingsAsync(Document.Id, cancellationToken)).Select(f => f.ForReaders(f.Language))];
    }
}
