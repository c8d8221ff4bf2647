using System.ComponentModel.DataAnnotations;

namespace Knowledge.SearchApi.Hosting;

/// <summary>The server's own settings, bound from <c>Knowledge</c>.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary><c>embedded</c> (Lucene.NET on local disk, the default) or <c>elasticsearch</c>.</summary>
    [Required]
    [RegularExpression("^(embedded|elasticsearch)$", ErrorMessage = "Knowledge:Engine doit valoir « embedded » ou « elasticsearch ».")]
    public string Engine { get; set; } = "embedded";

    /// <summary>Folder for the index, stored originals and ingestion state.</summary>
    [Required]
    public string DataPath { get; set; } = "./data";

    /// <summary>Ingest the shipped sample library on first start (when the index is empty).</summary>
    public bool LoadSampleLibrary { get; set; } = true;

    /// <summary>Folder of taxonomy files overriding the shipped ones (optional).</summary>
    public string? TaxonomyPath { get; set; }

    /// <summary>Where the sample library lives (defaults to the copy shipped beside the server).</summary>
    public string? SampleLibraryPath { get; set; }

    public string FullDataPath => Path.GetFullPath(DataPath);
}
