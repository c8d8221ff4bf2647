using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Analysis;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.Mapping;

namespace Knowledge.Elasticsearch.Mapping;

/// <summary>
/// Settings and mappings of the two indices the engine owns. Both are <c>dynamic: strict</c>, so a
/// field the engine forgot to map is refused loudly at write time instead of being guessed.
/// </summary>
internal static class IndexDefinitions
{
    public const string FrenchAnalyzer = "knowledge_french";
    public const string EnglishAnalyzer = "knowledge_english";

    /// <summary>
    /// What the char filter of both text analyzers removes before tokenising, as Java regex: the
    /// combining marks of decomposed (NFD) accents, so "pre\u0301coce" reads as "precoce" — the
    /// folded form of "précoce", which asciifolding gives anyway — and the zero-width and
    /// bidirectional control characters <see cref="Core.Search.SearchText"/> drops from queries.
    /// Without the ICU plugin Elasticsearch has no NFC normaliser; this gives the same tokens.
    /// </summary>
    public const string InvisiblePattern = @"[\p{Mn}\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]";

    public const string InvisibleCharFilter = "knowledge_invisible";

    /// <summary>
    /// Every elided French article, including the long forms (<c>jusqu'</c>, <c>lorsqu'</c>…)
    /// that the default elision list of some analyzers misses.
    /// </summary>
    public static IReadOnlyList<string> FrenchArticles { get; } =
        ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"];

    /// <summary>
    /// A search filters on the live generations listed in the registry; a terms lookup reads at
    /// most <c>index.max_terms_count</c> of them, so that setting bounds the number of documents.
    /// </summary>
    public const int MaxLiveDocuments = 262_144;

    public static CreateIndexRequest FindingsIndex(string index, string? alias) => WithAlias(alias, new CreateIndexRequest(index)
    {
        Settings = new IndexSettings
        {
            NumberOfShards = 1,
            MaxTermsCount = MaxLiveDocuments,
            Analysis = Analysis(),
        },
        Mappings = new TypeMapping
        {
            Dynamic = DynamicMapping.Strict,
            Properties = new Properties
            {
                { FindingFields.FindingId, Keyword() },
                { FindingFields.DocumentId, Keyword() },
                { FindingFields.Generation, Keyword() },
                { FindingFields.DocumentTitle, StoredText() },
                { FindingFields.DocumentKind, Keyword() },
                { FindingFields.Publisher, StoredKeyword() },
                { FindingFields.Year, Integer() },
                { FindingFields.Language, Keyword() },
                { FindingFields.Page, Integer() },
                { FindingFields.PageEnd, Integer() },
                { FindingFields.SectionPath, StoredText() },
                { FindingFields.TextFr, AnalyzedText(FrenchAnalyzer) },
                { FindingFields.TextEn, AnalyzedText(EnglishAnalyzer) },
                { FindingFields.ContextFr, ContextText(FrenchAnalyzer) },
                { FindingFields.ContextEn, ContextText(EnglishAnalyzer) },
                { FindingFields.Themes, Keyword() },
                { FindingFields.Countries, Keyword() },
                { FindingFields.Kind, Keyword() },
                { FindingFields.Notes, StoredText() },
                { FindingFields.Ordinal, Integer() },
                { FindingFields.Roles, Keyword() },

                // Kept in the source only: spans are read back with the finding, never searched.
                { FindingFields.RoleSpans, new ObjectProperty { Enabled = false } },
                { FindingFields.Section, StoredKeyword() },
                { FindingFields.Paragraph, Integer() },
                { FindingFields.ParagraphEnd, Integer() },
                { FindingFields.OcrConfidence, new FloatNumberProperty() },

                // Kept in _source for rendering, never searched: the row text is already in text_fr/text_en.
                { FindingFields.Table, new ObjectProperty { Enabled = false } },

                // Safeguarding flags: kept in the source for the review queue, never searched.
                { FindingFields.Safeguarding, new ObjectProperty { Enabled = false } },
            },
        },
    });

    public static CreateIndexRequest RegistryIndex(string index, string? alias) => WithAlias(alias, new CreateIndexRequest(index)
    {
        Settings = new IndexSettings { NumberOfShards = 1 },
        Mappings = new TypeMapping
        {
            Dynamic = DynamicMapping.Strict,
            Properties = new Properties
            {
                { RegistryFields.EntryType, Keyword() },
                { RegistryFields.Id, Keyword() },
                { RegistryFields.Sha256, Keyword() },
                { RegistryFields.Title, StoredText() },
                { RegistryFields.Publisher, StoredKeyword() },
                { RegistryFields.Year, Integer() },
                { RegistryFields.Language, Keyword() },
                { RegistryFields.Kind, Keyword() },
                { RegistryFields.Countries, Keyword() },
                { RegistryFields.FileName, StoredKeyword() },
                { RegistryFields.StoredPath, StoredKeyword() },
                { RegistryFields.MediaType, Keyword() },
                { RegistryFields.Pages, Integer() },
                { RegistryFields.FindingCount, Integer() },
                { RegistryFields.AddedAt, new DateProperty() },
                { RegistryFields.UpdatedAt, new DateProperty() },
                { RegistryFields.Generation, Keyword() },
                { RegistryFields.ContentHash, Keyword() },
                { RegistryFields.Generations, Keyword() },
            },
        },
    });

    private static IndexSettingsAnalysis Analysis() => new()
    {
        CharFilters = new CharFilters
        {
            { InvisibleCharFilter, new PatternReplaceCharFilter { Pattern = InvisiblePattern, Replacement = string.Empty } },
        },
        TokenFilters = new TokenFilters
        {
            { "knowledge_french_elision", new ElisionTokenFilter { ArticlesCase = true, Articles = [.. FrenchArticles] } },
            { "knowledge_french_stop", new StopTokenFilter { Stopwords = StopWordLanguage.French } },
            { "knowledge_french_stemmer", new StemmerTokenFilter { Language = "light_french" } },
            { "knowledge_english_possessive", new StemmerTokenFilter { Language = "possessive_english" } },
            { "knowledge_english_stop", new StopTokenFilter { Stopwords = StopWordLanguage.English } },
            { "knowledge_english_stemmer", new StemmerTokenFilter { Language = "light_english" } },
        },
        Analyzers = new Analyzers
        {
            // Elision before lowercase would miss "L'enfant"; articles_case covers capitals. Stop words
            // are removed before stemming and folding so "été" (summer/been) is judged with its accent.
            { FrenchAnalyzer, CustomAnalyzer("knowledge_french_elision", "lowercase", "knowledge_french_stop", "knowledge_french_stemmer", "asciifolding") },
            { EnglishAnalyzer, CustomAnalyzer("knowledge_english_possessive", "lowercase", "knowledge_english_stop", "knowledge_english_stemmer", "asciifolding") },
        },
    };

    private static CustomAnalyzer CustomAnalyzer(params string[] filters) => new("standard") { CharFilter = [InvisibleCharFilter], Filter = filters };

    // The first index of a prefix gets its alias in the same request that creates it; rebuild
    // indices get none until the swap.
    private static CreateIndexRequest WithAlias(string? alias, CreateIndexRequest request)
    {
        if (alias is not null)
        {
            request.Aliases = new Dictionary<Name, Alias> { [alias] = new Alias() };
        }

        return request;
    }

    private static KeywordProperty Keyword() => new();

    private static KeywordProperty StoredKeyword() => new() { Index = false, DocValues = false };

    private static TextProperty StoredText() => new() { Index = false };

    private static IntegerNumberProperty Integer() => new();

    /// <summary>
    /// The fields added to the findings mapping after its first version, put on start-up so an index
    /// created before them accepts the findings that carry them (adding a field never needs a reindex;
    /// the findings indexed before it are searched without it until they are written again).
    /// </summary>
    public static Properties AddedFindingFields() => new()
    {
        { FindingFields.ContextFr, ContextText(FrenchAnalyzer) },
        { FindingFields.ContextEn, ContextText(EnglishAnalyzer) },
    };

    /// <summary>Searched, never highlighted or returned: the source keeps the parts it is made of.</summary>
    private static TextProperty ContextText(string analyzer) => new() { Analyzer = analyzer };

    // Offsets in the postings let the unified highlighter mark terms without re-analysing the text.
    private static TextProperty AnalyzedText(string analyzer) => new() { Analyzer = analyzer, IndexOptions = IndexOptions.Offsets };
}

/// <summary>Field names of a finding in the findings index.</summary>
internal static class FindingFields
{
    public const string FindingId = "finding_id";
    public const string DocumentId = "document_id";
    public const string Generation = "generation";
    public const string DocumentTitle = "document_title";
    public const string DocumentKind = "document_kind";
    public const string Publisher = "publisher";
    public const string Year = "year";
    public const string Language = "language";
    public const string Page = "page";
    public const string PageEnd = "page_end";
    public const string SectionPath = "section_path";
    public const string TextFr = "text_fr";
    public const string TextEn = "text_en";

    /// <summary>Title, headings and a table's introduction (<see cref="Core.Search.SearchText.Context"/>), by the finding's language.</summary>
    public const string ContextFr = "context_fr";
    public const string ContextEn = "context_en";
    public const string Themes = "themes";
    public const string Countries = "countries";
    public const string Kind = "kind";
    public const string Notes = "notes";
    public const string Ordinal = "ordinal";
    public const string Roles = "roles";
    public const string RoleSpans = "role_spans";
    public const string Section = "section";
    public const string Paragraph = "paragraph";
    public const string ParagraphEnd = "paragraph_end";
    public const string OcrConfidence = "ocr_confidence";
    public const string Table = "table";
    public const string Safeguarding = "safeguarding";
}

/// <summary>Field names of the registry index (document entries and the live-state entry).</summary>
internal static class RegistryFields
{
    public const string EntryType = "entry_type";
    public const string Id = "id";
    public const string Sha256 = "sha256";
    public const string Title = "title";
    public const string Publisher = "publisher";
    public const string Year = "year";
    public const string Language = "language";
    public const string Kind = "kind";
    public const string Countries = "countries";
    public const string FileName = "file_name";
    public const string StoredPath = "stored_path";
    public const string MediaType = "media_type";
    public const string Pages = "pages";
    public const string FindingCount = "finding_count";
    public const string AddedAt = "added_at";
    public const string UpdatedAt = "updated_at";
    public const string Generation = "generation";
    public const string ContentHash = "content_hash";
    public const string Generations = "generations";
}
