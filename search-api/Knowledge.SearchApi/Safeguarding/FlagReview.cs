using System.Globalization;
using System.Security.Claims;
using Knowledge.Core.Evidence;
using Knowledge.Core.Safeguarding;
using Knowledge.Core.Search;
using Knowledge.Ingest.Safeguarding;
using Knowledge.SearchApi.Security;
using Knowledge.Worker.Safeguarding;

namespace Knowledge.SearchApi.Safeguarding;

/// <summary>One flag of a finding, as the review page lists it.</summary>
/// <param name="Finding">The finding, unmasked (editors only).</param>
/// <param name="Index">The flag's position in <see cref="Finding.Safeguarding"/>, as the decision endpoint takes it.</param>
public sealed record FlaggedSpan(Finding Finding, int Index)
{
    public SafeguardingFlag Flag => Finding.Safeguarding[Index];
}

/// <summary>What the review page asks for: a status, optionally a kind and a document, and a page.</summary>
public sealed record ReviewFilter(FlagStatus Status, SafeguardingKind? Kind, string? DocumentId);

/// <summary>A page of flags and what the filters can offer.</summary>
/// <param name="Items">The flags of the page, in document then finding order.</param>
/// <param name="Total">Flags matching the filter.</param>
/// <param name="Page">The page shown (1-based, clamped to the last one).</param>
/// <param name="Pages">How many pages the filter spans.</param>
/// <param name="Documents">Documents with flags of the chosen status (id, title), for the document filter.</param>
public sealed record ReviewPage(IReadOnlyList<FlaggedSpan> Items, int Total, int Page, int Pages, IReadOnlyList<(string Id, string Title)> Documents);

/// <summary>How an editor's decision went.</summary>
public enum DecisionOutcome
{
    Decided,
    NoSuchFinding,
    NoSuchFlag,
}

/// <summary>
/// The safeguarding review queue and the one path an editor's decision takes, shared by the API
/// (<c>/api/review</c>) and the review page (<c>/review</c>): the decision is stored with its audit
/// line, then the document's findings are rewritten with it so the index serves it at once.
/// Flagged findings are few; the list of them is kept until the index changes.
/// Public because the page models that take it are public.
/// </summary>
public sealed class FlagReview(IEvidenceIndex index, ReviewStore store) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    // Decisions on one document rewrite all its findings: one at a time, so none is lost.
    private readonly SemaphoreSlim _deciding = new(1, 1);
    private volatile Inventory? _inventory;

    /// <summary>Every finding with at least one flag, unmasked, in document then finding order.</summary>
    public async Task<IReadOnlyList<Finding>> FlaggedFindingsAsync(CancellationToken cancellationToken)
    {
        var state = await index.GetStateAsync(cancellationToken);
        var key = string.Create(CultureInfo.InvariantCulture, $"{state.Fingerprint}|{state.Findings}|{state.UpdatedAt:O}");
        if (_inventory is { } cached && cached.Key == key)
        {
            return cached.Findings;
        }


        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_inventory is { } again && again.Key == key)
            {
                return again.Findings;
            }

            var flagged = new List<Finding>();
            for (var page = 1; ; page++)
            {
                var documents = await index.ListDocumentsAsync(page, 100, cancellationToken);
                foreach (var document in documents.Items)
                {
                    flagged.AddRange((await index.GetDocumentFindingsAsync(document.Id, cancellationToken)).Where(f => f.Safeguarding.Count > 0));
                }

                if (documents.Items.Count == 0 || page * 100 >= documents.Total)
                {
                    break;
                }
            }

            _inventory = new Inventory(key, flagged);
            return flagged;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>How many flags wait for a decision.</summary>
    public async Task<int> PendingCountAsync(CancellationToken cancellationToken) =>
        (await FlaggedFindingsAsync(cancellationToken)).Sum(f => f.Safeguarding.Count(s => s.Status == FlagStatus.Pending));

    /// <summary>One page of the flags matching <paramref name="filter"/>.</summary>
    public async Task<ReviewPage> ListAsync(ReviewFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var findings = await FlaggedFindingsAsync(cancellationToken);
        var withStatus = findings
            .SelectMany(f => f.Safeguarding.Select((s, i) => new FlaggedSpan(f, i)))
            .Where(s => s.Flag.Status == filter.Status)
            .ToList();
        var documents = withStatus
            .Select(s => (s.Finding.DocumentId, s.Finding.DocumentTitle))
            .Distinct()
            .OrderBy(d => d.DocumentTitle, StringComparer.CurrentCulture)
            .ToList();
        var matching = withStatus
            .Where(s => filter.Kind is not { } kind || s.Flag.Kind == kind)
            .Where(s => string.IsNullOrEmpty(filter.DocumentId) || s.Finding.DocumentId == filter.DocumentId)
            .ToList();
        var pages = Math.Max(1, (matching.Count + pageSize - 1) / pageSize);
        var shown = Math.Clamp(page, 1, pages);
        return new ReviewPage([.. matching.Skip((shown - 1) * pageSize).Take(pageSize)], matching.Count, shown, pages, documents);
    }

    /// <summary>
    /// Confirms or dismisses flag <c>flagIndex</c> of a finding for <c>user</c>: stores the decision
    /// and its audit line, rewrites the document's findings in the index, and returns the finding as
    /// it now stands (unmasked). When <c>expectedSpanKey</c> is given (the review page sends the
    /// <see cref="SafeguardingReview.SpanKey"/> of the span the person saw) and the flag at that
    /// position is another one — the document was re-ingested meanwhile — nothing is decided.
    /// </summary>
    public async Task<(DecisionOutcome Outcome, Finding? Finding)> DecideAsync(string findingId, int flagIndex, FlagStatus status, ClaimsPrincipal user, string? expectedSpanKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (status == FlagStatus.Pending)
        {
            throw new ArgumentException("a decision confirms or dismisses", nameof(status));
        }

        await _deciding.WaitAsync(cancellationToken);
        try
        {
            return await DecideOneAsync(findingId, flagIndex, status, user, expectedSpanKey, cancellationToken);
        }
        finally
        {
            _deciding.Release();
        }
    }

    private async Task<(DecisionOutcome Outcome, Finding? Finding)> DecideOneAsync(string findingId, int flagIndex, FlagStatus status, ClaimsPrincipal user, string? expectedSpanKey, CancellationToken cancellationToken)
    {
        var finding = await index.GetFindingAsync(findingId, cancellationToken);
        if (finding is null)
        {
            return (DecisionOutcome.NoSuchFinding, null);
        }

        if (flagIndex < 0 || flagIndex >= finding.Safeguarding.Count
            || (expectedSpanKey is not null && expectedSpanKey != SafeguardingReview.SpanKey(finding.Safeguarding[flagIndex].Text)))
        {
            return (DecisionOutcome.NoSuchFlag, null);
        }

        var flag = finding.Safeguarding[flagIndex];
        store.Decide(
            new ReviewDecision(finding.DocumentId, flag.Kind, SafeguardingReview.SpanKey(flag.Text), status),
            finding.Id,
            user.Identity?.Name ?? "?",
            HighestRole(user) ?? "?");

        // Rewrite the document's findings with the decision applied, so the index serves it at once.
        var document = await index.GetDocumentAsync(finding.DocumentId, cancellationToken);
        var findings = await index.GetDocumentFindingsAsync(finding.DocumentId, cancellationToken);
        Finding? decided = null;
        var updated = findings.Select(f =>
        {
            if (f.Id != finding.Id)
            {
                return f;
            }

            decided = SafeguardingReview.Decide(f, flagIndex, status);
            return decided;
        }).ToList();
        if (document is not null)
        {
            await index.UpsertDocumentAsync(document, updated, cancellationToken);
        }

        _inventory = null;
        return (DecisionOutcome.Decided, decided ?? SafeguardingReview.Decide(finding, flagIndex, status));
    }

    public void Dispose()
    {
        _gate.Dispose();
        _deciding.Dispose();
    }

    private sealed record Inventory(string Key, IReadOnlyList<Finding> Findings);

    /// <summary>The role a decision is recorded with: the highest the person holds.</summary>
    public static string? HighestRole(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(ApiRoles.Admin) ? ApiRoles.Admin : user.IsInRole(ApiRoles.Editor) ? ApiRoles.Editor : user.IsInRole(ApiRoles.Reader) ? ApiRoles.Reader : null;
    }
}
