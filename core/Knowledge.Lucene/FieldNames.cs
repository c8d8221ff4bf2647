namespace Knowledge.Lucene;

/// <summary>Names of the index fields. Findings and registry entries share one index, told apart by <see cref="Type"/>.</summary>
internal static class FieldNames
{
    public const string Type = "type";
    public const string FindingType = "finding";
    public const string DocumentType = "document";

    /// <summary>Indexed (for delete-by-term and lookups) and sorted (for tie-breaking) on both kinds of entry.</summary>
    public const string DocumentId = "documentId";
    public const string FindingId = "findingId";
    public const string Ordinal = "ordinal";
    public const string Json = "json";

    public const string Theme = "theme";
    public const string Country = "country";
    public const string Year = "year";

    public const string Kind = "kind";
    public const string Language = "lang";
    public const string DocumentKind = "docKind";

    public const string UpdatedAt = "updatedAt";
    public const string Sha256 = "sha256";

    /// <summary>Hash of a document's stored findings, so re-tagging the same file changes the index fingerprint.</summary>
    public const string ContentHash = "contentHash";

    public static readonly string[] Languages = ["fr", "en"];

    public static string Text(string language) => "text_" + language;

    /// <summary>
    /// The document title, the section headings above a passage and a table's introduction
    /// (<see cref="Core.Search.SearchText.Context"/>), in one field: they weigh less than the passage,
    /// and one field instead of two keeps each query word to four clauses.
    /// </summary>
    public static string Context(string language) => "context_" + language;

    /// <summary>Only "en" selects English analysis; anything else is treated as French, the corpus's main language.</summary>
    public static string NormalizeLanguage(string? language) =>
        string.Equals(language?.Trim(), "en", StringComparison.OrdinalIgnoreCase) ? "en" : "fr";

    /// <summary>The language a passage of <paramref name="language"/> (normalised) is machine-translated into.</summary>
    public static string OtherLanguage(string language) => language == "en" ? "fr" : "en";
}
