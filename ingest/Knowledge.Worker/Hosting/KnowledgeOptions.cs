using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Knowledge.Worker.Hosting;

/// <summary>The evidence base's settings, bound from <c>Knowledge</c>, shared by every host (search API, worker, CLI).</summary>
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

    /// <summary>
    /// Folder of the general-language thesauri (MyThes <c>th_fr_FR_v2</c> and <c>th_en_US_v2</c>), whose synonyms
    /// stand for a query's words no finding holds. Defaults to Debian's <c>/usr/share/mythes</c> (packages
    /// <c>mythes-fr</c>, <c>mythes-en-us</c>); without them such words are left out, as before.
    /// </summary>
    public string? ThesaurusPath { get; set; }

    /// <summary>Where the sample library lives (defaults to the copy shipped beside the server).</summary>
    public string? SampleLibraryPath { get; set; }

    public string FullDataPath => Path.GetFullPath(DataPath);

    public bool UsesElasticsearch => Engine == "elasticsearch";

    /// <summary>
    /// Binds and validates the section once, when the host is composed: the engine must be known
    /// before services are registered. A bad value fails the same way <c>ValidateOnStart</c> would.
    /// </summary>
    public static KnowledgeOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new KnowledgeOptions();
        configuration.GetSection(Section).Bind(options);
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            throw new OptionsValidationException(Section, typeof(KnowledgeOptions), [.. results.Select(r =>
                $"DataAnnotation validation failed for '{nameof(KnowledgeOptions)}' members: '{string.Join(",", r.MemberNames)}' with the error: '{r.ErrorMessage}'.")]);
        }

        return options;
    }
}
