using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace Knowledge.Core.Taxonomy;

/// <summary>
/// Themes, countries and regions, loaded from JSON data files that users can edit
/// (<c>themes.json</c>, <c>countries.json</c>, <c>regions.json</c>). The files shipped with the
/// product are embedded; a folder given to <see cref="Load"/> overrides any of them.
/// </summary>
public sealed class EvidenceTaxonomy
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<EvidenceTaxonomy> DefaultInstance = new(() => Load(null));

    private readonly FrozenDictionary<string, Theme> _themes;
    private readonly FrozenDictionary<string, Country> _countries;
    private readonly FrozenDictionary<string, Region> _regions;

    /// <summary>Builds a taxonomy from its parts; codes must be unique.</summary>
    public EvidenceTaxonomy(IEnumerable<Theme> themes, IEnumerable<Country> countries, IEnumerable<Region> regions)
    {
        Themes = [.. themes];
        Countries = [.. countries];
        Regions = [.. regions];
        _themes = Unique(Themes, t => t.Code, "theme");
        _countries = Unique(Countries, c => c.Code, "country");
        _regions = Unique(Regions, r => r.Code, "region");
        foreach (var region in Regions)
        {
            var unknown = region.Countries.Where(c => !_countries.ContainsKey(c)).ToList();
            if (unknown.Count > 0)
            {
                throw new TaxonomyException($"La région « {region.Code} » cite des pays inconnus : {string.Join(", ", unknown)}.");
            }
        }
    }

    /// <summary>The taxonomy shipped with the product.</summary>
    public static EvidenceTaxonomy Default => DefaultInstance.Value;

    /// <summary>All themes, in file order.</summary>
    public IReadOnlyList<Theme> Themes { get; }

    /// <summary>All countries, in file order.</summary>
    public IReadOnlyList<Country> Countries { get; }

    /// <summary>All regions, in file order.</summary>
    public IReadOnlyList<Region> Regions { get; }

    /// <summary>
    /// How prose names a country or region in <paramref name="language"/>: the taxonomy's forms
    /// when given, else forms derived from the label (English: "in Niger"; French: "pour le pays
    /// Xyz", which never guesses a gender).
    /// </summary>
    public PlaceForms FormsOf(string code, string language)
    {
        ArgumentNullException.ThrowIfNull(code);
        var english = string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);
        var grammar = FindCountry(code)?.Grammar ?? FindRegion(code)?.Grammar;
        var forms = english ? grammar?.En : grammar?.Fr;
        if (forms is not null)
        {
            return forms;
        }

        var label = LabelOf(code, language);
        return english
            ? new PlaceForms("in " + label, "of " + label, label)
            : new PlaceForms("pour " + label, "de " + label, label);
    }

    /// <summary>A theme by code (case-insensitive), or null.</summary>
    public Theme? FindTheme(string code) => _themes.GetValueOrDefault(code);

    /// <summary>A country by ISO alpha-2 code (case-insensitive), or null.</summary>
    public Country? FindCountry(string code) => _countries.GetValueOrDefault(code);

    /// <summary>A region by code (case-insensitive), or null.</summary>
    public Region? FindRegion(string code) => _regions.GetValueOrDefault(code);

    /// <summary>The label of a theme, country or region code in a language; the code itself when unknown.</summary>
    public string LabelOf(string code, string? language = "fr") =>
        FindTheme(code)?.Label.Get(language)
        ?? FindCountry(code)?.Name.Get(language)
        ?? FindRegion(code)?.Label.Get(language)
        ?? code;

    /// <summary>
    /// Loads the taxonomy: each of <c>themes.json</c>, <c>countries.json</c> and <c>regions.json</c>
    /// is read from <paramref name="folder"/> when it exists there, from the embedded defaults otherwise.
    /// </summary>
    /// <exception cref="TaxonomyException">A file is malformed; the message names the file and the problem.</exception>
    public static EvidenceTaxonomy Load(string? folder)
    {
        var themes = Read<ThemesFile>(folder, "themes.json").Themes;
        var countries = Read<CountriesFile>(folder, "countries.json").Countries;
        var regions = Read<RegionsFile>(folder, "regions.json").Regions;
        return new EvidenceTaxonomy(themes, countries, regions);
    }

    private static T Read<T>(string? folder, string fileName)
    {
        try
        {
            if (folder is not null && File.Exists(Path.Combine(folder, fileName)))
            {
                using var file = File.OpenRead(Path.Combine(folder, fileName));
                return JsonSerializer.Deserialize<T>(file, JsonOptions)
                    ?? throw new TaxonomyException($"Le fichier de taxonomie « {fileName} » est vide.");
            }

            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Knowledge.Core.Taxonomy." + fileName)
                ?? throw new TaxonomyException($"Le fichier de taxonomie « {fileName} » manque dans l'assemblage.");
            return JsonSerializer.Deserialize<T>(stream, JsonOptions)
                ?? throw new TaxonomyException($"Le fichier de taxonomie « {fileName} » est vide.");
        }
        catch (JsonException ex)
        {
            throw new TaxonomyException($"Le fichier de taxonomie « {fileName} » est mal formé (ligne {ex.LineNumber + 1}) : {ex.Message}", ex);
        }
    }

    private static FrozenDictionary<string, T> Unique<T>(IReadOnlyList<T> items, Func<T, string> code, string what)
    {
        var map = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            if (!map.TryAdd(code(item), item))
            {
                throw new TaxonomyException($"Code de {what} en double dans la taxonomie : « {code(item)} ».");
            }
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private sealed record ThemesFile(IReadOnlyList<Theme> Themes);

    private sealed record CountriesFile(IReadOnlyList<Country> Countries);

    private sealed record RegionsFile(IReadOnlyList<Region> Regions);
}

/// <summary>A taxonomy data file is malformed or inconsistent.</summary>
public sealed class TaxonomyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TaxonomyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public TaxonomyException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public TaxonomyException()
    {
    }
}
