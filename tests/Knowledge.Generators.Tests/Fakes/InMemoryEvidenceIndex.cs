using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;

namespace Knowledge.Generators.Tests.Fakes;

/// <summary>
/// A test double of <see cref="IEvidenceIndex"/>: exact filtering by theme, country (and region),
/// kind, year, language and document; free text as OR-ed alternatives of accent-folded words and
/// "phrases". No ranking: relevance order is document id then ordinal. Not an engine.
/// </summary>
public sealed class InMemoryEvidenceIndex(EvidenceTaxonomy taxonomy) : IEvidenceIndex
{
    private Dictionary<string, Entry> _documents = new(StringComparer.Ordinal);
    private DateTimeOffset? _updatedAt;

    public string Engine => "memory";

    public Task<IndexWriteResult> UpsertDocumentAsync(SourceDocument document, IReadOnlyList<Finding> findings, CancellationToken cancellationToken = default)
    {
        _documents[document.Id] = Entry.Of(document, findings);
        _updatedAt = document.UpdatedAt;
        return Task.FromResult(new IndexWriteResult(document.Id, findings.Count, []));
    }

    public Task<bool> RemoveDocumentAsync(string documentId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_documents.Remove(documentId));

    public Task<Finding?> GetFindingAsync(string findingId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_documents.Values.SelectMany(d => d.Findings).FirstOrDefault(f => f.Finding.Id == findingId)?.Finding);

    public Task<IReadOnlyList<Finding>> GetDocumentFindingsAsync(string documentId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Finding>>(_documents.TryGetValue(documentId, out var e) ? [.. e.Findings.Select(f => f.Finding).OrderBy(f => f.Ordinal)] : []);

    public Task<SearchResults> SearchAsync(EvidenceQuery query, CancellationToken cancellationToken = default)
    {
        if (query.PageSize is < 1 or > EvidenceQuery.MaxPageSize || query.Page < 1)
        {
            throw new ArgumentException("Page size must be 1 to 100 and page at least 1.", nameof(query));
        }

        var matches = Matching(query, skip: null).ToList();
        IEnumerable<Finding> ordered = query.Sort switch
        {
            SearchSort.YearDescending => matches.OrderByDescending(f => f.Year ?? int.MinValue).ThenBy(f => f.DocumentId, StringComparer.Ordinal).ThenBy(f => f.Ordinal),
            SearchSort.YearAscending => matches.OrderBy(f => f.Year ?? int.MaxValue).ThenBy(f => f.DocumentId, StringComparer.Ordinal).ThenBy(f => f.Ordinal),
            _ => matches.OrderBy(f => f.DocumentId, StringComparer.Ordinal).ThenBy(f => f.Ordinal),
        };
        var hits = ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).Select(f => new SearchHit(f, 1.0, null)).ToList();
        return Task.FromResult(new SearchResults(matches.Count, hits, query.Facets ? Facets(query) : FacetCounts.Empty));
    }

    public Task<FacetCounts> FacetsAsync(EvidenceQuery query, CancellationToken cancellationToken = default) => Task.FromResult(Facets(query));

    public Task<SourceDocument?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_documents.TryGetValue(documentId, out var e) ? e.Document : null);

    public Task<Paged<SourceDocument>> ListDocumentsAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var all = _documents.Values.Select(e => e.Document).OrderByDescending(d => d.UpdatedAt).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        return Task.FromResult(new Paged<SourceDocument>(all.Count, page, pageSize, [.. all.Skip((page - 1) * pageSize).Take(pageSize)]));
    }

    public Task<IndexState> GetStateAsync(CancellationToken cancellationToken = default)
    {
        var sb = new StringBuilder();
        foreach (var e in _documents.Values.OrderBy(e => e.Document.Id, StringComparer.Ordinal))
        {
            sb.Append(e.Document.Id).Append(':').Append(e.Document.Sha256).Append(':').Append(e.Findings.Count).Append('\n');
        }

        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..16];
        return Task.FromResult(new IndexState(Engine, _documents.Count, _documents.Values.Sum(e => e.Findings.Count), fingerprint, _updatedAt));
    }

    public Task<IIndexRebuild> BeginRebuildAsync(CancellationToken cancellationToken = default) => Task.FromResult<IIndexRebuild>(new Rebuild(this));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private IEnumerable<Finding> Matching(EvidenceQuery q, string? skip)
    {
        var countries = q.EffectiveCountries(taxonomy);
        var alternatives = TextQuery.Parse(q.Text);
        foreach (var entry in _documents.Values)
        {
            foreach (var f in entry.Findings)
            {
                var x = f.Finding;
                if ((skip == "themes" || q.Themes.Count == 0 || x.Themes.Any(t => q.Themes.Contains(t, StringComparer.OrdinalIgnoreCase)))
                    && (skip == "countries" || countries.Count == 0 || x.Countries.Any(c => countries.Contains(c, StringComparer.OrdinalIgnoreCase)))
                    && (skip == "kinds" || q.Kinds.Count == 0 || q.Kinds.Contains(x.Kind))
                    && (q.YearFrom is null || x.Year >= q.YearFrom)
                    && (q.YearTo is null || x.Year <= q.YearTo)
                    && (q.Languages.Count == 0 || q.Languages.Contains(x.Language, StringComparer.OrdinalIgnoreCase))
                    && (q.DocumentKinds.Count == 0 || q.DocumentKinds.Contains(x.DocumentKind))
                    && (q.DocumentIds.Count == 0 || q.DocumentIds.Contains(x.DocumentId, StringComparer.Ordinal))
                    && (alternatives.Count == 0 || alternatives.Any(a => a.Matches(f))))
                {
                    yield return x;
                }
            }
        }
    }

    private FacetCounts Facets(EvidenceQuery q)
    {
        static IReadOnlyList<FacetValue> Count(IEnumerable<string> values) =>
            [.. values.GroupBy(v => v, StringComparer.Ordinal).Select(g => new FacetValue(g.Key, g.LongCount())).OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)];

        return new FacetCounts
        {
            Themes = Count(Matching(q, "themes").SelectMany(f => f.Themes)),
            Countries = Count(Matching(q, "countries").SelectMany(f => f.Countries)),
            Kinds = Count(Matching(q, "kinds").Select(f => f.Kind.ToCode())),
            Years = Count(Matching(q, null).Where(f => f.Year is not null).Select(f => f.Year!.Value.ToString(CultureInfo.InvariantCulture))),
            Languages = Count(Matching(q, null).Select(f => f.Language)),
            DocumentKinds = Count(Matching(q, null).Select(f => f.DocumentKind.ToCode())),
        };
    }

    internal static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
            }
        }

        return " " + string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)) + " ";
    }

    private sealed record IndexedFinding(Finding Finding, string Folded, HashSet<string> Words);

    private sealed record Entry(SourceDocument Document, List<IndexedFinding> Findings)
    {
        public static Entry Of(SourceDocument document, IReadOnlyList<Finding> findings) => new(document, [.. findings.Select(f =>
        {
            var folded = Fold(f.Text);
            return new IndexedFinding(f, folded, [.. folded.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);
        })]);
    }

    /// <summary>One alternative of a text query: all its words and phrases present, none of its excluded words.</summary>
    private sealed record TextQuery(IReadOnlyList<string> Words, IReadOnlyList<string> Phrases, IReadOnlyList<string> Excluded)
    {
        public bool Matches(IndexedFinding f) =>
            Words.All(f.Words.Contains) && Phrases.All(p => f.Folded.Contains(p, StringComparison.Ordinal)) && !Excluded.Any(f.Words.Contains);

        public static List<TextQuery> Parse(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return [];
            }

            var result = new List<TextQuery>();
            foreach (var alternative in text.Split(" OR ", StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = alternative.Split('"');
                var words = new List<string>();
                var phrases = new List<string>();
                var excluded = new List<string>();
                for (var i = 0; i < parts.Length; i++)
                {
                    if (i % 2 == 1)
                    {
                        phrases.Add(Fold(parts[i]));
                        continue;
                    }

                    foreach (var token in parts[i].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        (token.StartsWith('-') ? excluded : words).AddRange(Fold(token.TrimStart('-')).Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    }
                }

                result.Add(new TextQuery(words, phrases, excluded));
            }

            return result;
        }
    }

    private sealed class Rebuild(InMemoryEvidenceIndex owner) : IIndexRebuild
    {
        private readonly Dictionary<string, Entry> _next = new(StringComparer.Ordinal);

        public Task<IndexWriteResult> AddDocumentAsync(SourceDocument document, IReadOnlyList<Finding> findings, CancellationToken cancellationToken = default)
        {
            _next[document.Id] = Entry.Of(document, findings);
            return Task.FromResult(new IndexWriteResult(document.Id, findings.Count, []));
        }

        public Task CommitAsync(CancellationToken cancellationToken = default)
        {
            owner._documents = new Dictionary<string, Entry>(_next, StringComparer.Ordinal);
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
