using System.Globalization;

namespace Knowledge.Ingest.Extraction;

/// <summary>
/// How much one document may unfold into once read: a small file can inflate (a zip bomb, a PDF
/// of a million pages) far beyond what its size on disk suggests. Over a limit the file is refused
/// with code <c>oversized</c>, which the worker quarantines until the file changes.
/// </summary>
internal sealed record ExtractionLimits
{
    /// <summary>Characters in one decompressed XML part of a Word file.</summary>
    public int MaxPartChars { get; init; } = 64 * 1024 * 1024;

    /// <summary>Paragraphs in a Word file (body and notes).</summary>
    public int MaxParagraphs { get; init; } = 200_000;

    /// <summary>Characters of text in a Word file.</summary>
    public long MaxTextChars { get; init; } = 20_000_000;

    /// <summary>Pages of a PDF.</summary>
    public int MaxPages { get; init; } = 5_000;

    /// <summary>Characters drawn on one PDF page.</summary>
    public int MaxPageChars { get; init; } = 200_000;

    /// <summary>
    /// Tables are looked for (ruling lines, aligned columns). Only the extraction benchmark turns
    /// this off, to weigh what table detection costs against the same pages read as prose.
    /// </summary>
    public bool DetectTables { get; init; } = true;

    public const string OversizedCode = Pipeline.IngestReasonCodes.Oversized;

    public static ExtractionException Oversized(string detail, Exception? inner = null) =>
        new(OversizedCode, string.Create(CultureInfo.InvariantCulture, $"document trop volumineux une fois décompressé : {detail}"), inner);
}
