using Knowledge.Core.Evidence;
using Knowledge.Core.Search;

namespace Knowledge.Ingest.Tagging;

/// <summary>What a re-tag changed.</summary>
/// <param name="Documents">Documents read.</param>
/// <param name="Findings">Findings read.</param>
/// <param name="Changed">Findings whose roles changed (their documents were written back).</param>
public sealed record RetagResult(int Documents, int Findings, int Changed);

/// <summary>
/// Re-classifies the rhetorical roles of every indexed finding from its stored text, without
/// re-extracting the source files: after the role rules change, or for an index built before
/// roles existed. Only documents whose roles changed are written back, each in one atomic upsert.
/// </summary>
public static class RoleRetagger
{
    private const int PageSize = 100;

    /// <summary>Re-tags the whole index.</summary>
    public static async Task<RetagResult> RetagAsync(IEvidenceIndex index, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);

        // The registry lists most recently updated first, and writing a document moves it: read
        // every entry before writing any.
        var documents = new List<SourceDocument>();
        for (var page = 1; ; page++)
        {
            var batch = await index.ListDocumentsAsync(page, PageSize, cancellationToken);
            documents.AddRange(batch.Items);
            if (batch.Items.Count < PageSize || documents.Count >= batch.Total)
            {
                break;
            }
        }

        var findings = 0;
        var changed = 0;
        foreach (var document in documents)
        {
            var stored = await index.GetDocumentFindingsAsync(document.Id, cancellationToken);
            findings += stored.Count;
            var retagged = stored.Select(FindingRoleClassifier.Apply).ToList();
            var differ = 0;
            for (var i = 0; i < stored.Count; i++)
            {
                if (!stored[i].RoleSpans.SequenceEqual(retagged[i].RoleSpans))
                {
                    differ++;
                }
            }

            if (differ > 0)
            {
                await index.UpsertDocumentAsync(document, retagged, cancellationToken);
                changed += differ;
            }
        }

        return new RetagResult(documents.Count, findings, changed);
    }
}
