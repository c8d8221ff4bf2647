using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Knowledge.Ingest.Safeguarding;

/// <summary>
/// The word lists behind child-identity detection: first names (West African, French, English),
/// child and victim words, public titles and organisation words that make a name public, and
/// testimony verbs. Data, so that safeguarding staff can extend it without a rebuild.
/// </summary>
public sealed partial class SafeguardingLexicon
{
    /// <summary>File name of the lexicon, shipped in <c>safeguarding/</c> beside the binaries as an editable copy.</summary>
    public const string FileName = "lexicon.json";

    private SafeguardingLexicon(LexiconFile file)
    {
        FirstNames = new HashSet<string>(file.FirstNames.Concat(file.AmbiguousNames).Select(Fold), StringComparer.Ordinal);
        AmbiguousNames = new HashSet<string>(file.AmbiguousNames.Select(Fold), StringComparer.Ordinal);
        ChildWords = [.. file.ChildWords.Values.SelectMany(w => w)];
        PublicTitles = new HashSet<string>(file.PublicTitles, StringComparer.OrdinalIgnoreCase);
        // An acronym ("NGO", "ONG", "FM") is one only in capitals: "Ngo" opens a Cameroonian name ("Ngo Mbock").
        OrganisationWords = new HashSet<string>(file.OrganisationWords.Where(w => !IsAcronym(w)), StringComparer.OrdinalIgnoreCase);
        OrganisationAcronyms = new HashSet<string>(file.OrganisationWords.Where(IsAcronym), StringComparer.Ordinal);
        TestimonyVerbs = [.. file.TestimonyVerbs.Values.SelectMany(w => w)];
        PersonLabels = [.. file.PersonLabels.Values.SelectMany(w => w)];
        Mailboxes = new HashSet<string>(file.Mailboxes.Select(Fold), StringComparer.Ordinal);
    }

    /// <summary>First names, the ambiguous ones included, folded (no accents, lower case).</summary>
    public IReadOnlySet<string> FirstNames { get; }

    /// <summary>Names that are also ordinary words (Grace, Rose, Victoire…), folded.</summary>
    public IReadOnlySet<string> AmbiguousNames { get; }

    /// <summary>Child and victim words, both languages.</summary>
    public IReadOnlyList<string> ChildWords { get; }

    /// <summary>Titles before a name that make it a public figure's (ministre, Dr, President…).</summary>
    public IReadOnlySet<string> PublicTitles { get; }

    /// <summary>Words after a name that make it an organisation's (Fondation, Centre…).</summary>
    public IReadOnlySet<string> OrganisationWords { get; }

    /// <summary>Organisation words written in capitals (NGO, ONG, CSPS, FM), matched as written.</summary>
    public IReadOnlySet<string> OrganisationAcronyms { get; }

    /// <summary>Verbs that introduce a testimony (raconte, says…).</summary>
    public IReadOnlyList<string> TestimonyVerbs { get; }

    /// <summary>
    /// A record's fields and a call log's roles that name a private person ("Nom de l'enfant :",
    /// "Caller:", "L'appelant, …"), both languages.
    /// </summary>
    public IReadOnlyList<string> PersonLabels { get; }

    /// <summary>
    /// Words that make an address an organisation's mailbox, not a person's (contact, info,
    /// secretariat, publications…), folded: "info@…" or "ajb.secretariat@…" is published for anyone.
    /// </summary>
    public IReadOnlySet<string> Mailboxes { get; }

    /// <summary>The lexicon shipped with the product.</summary>
    public static SafeguardingLexicon Default { get; } = Load(null);

    /// <summary>
    /// Loads the lexicon from <paramref name="folder"/> when it holds one, else the shipped copy
    /// (embedded). A broken file fails with its path and the reason.
    /// </summary>
    public static SafeguardingLexicon Load(string? folder)
    {
        var path = folder is null ? null : Path.Combine(folder, FileName);
        if (path is null || !File.Exists(path))
        {
            using var shipped = typeof(SafeguardingLexicon).Assembly.GetManifestResourceStream("Knowledge.Ingest.Safeguarding." + FileName)
                ?? throw new InvalidDataException("lexique de protection absent de l'assemblage");
            return Parse(shipped, "Knowledge.Ingest.Safeguarding." + FileName);
        }

        using var stream = File.OpenRead(path);
        return Parse(stream, path);
    }

    private static SafeguardingLexicon Parse(Stream stream, string source)
    {
        try
        {
            var file = JsonSerializer.Deserialize(stream, LexiconJson.Default.LexiconFile)
                ?? throw new InvalidDataException("fichier vide");
            if (file.FirstNames.Count == 0 || file.ChildWords.Count == 0)
            {
                throw new InvalidDataException("firstNames et childWords ne peuvent pas être vides");
            }

            return new SafeguardingLexicon(file);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            throw new InvalidDataException($"lexique de protection illisible : {source} — {ex.Message}", ex);
        }
    }

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(char.IsUpper);

    /// <summary>Lower case without accents: the form names are compared in.</summary>
    public static string Fold(string word)
    {
        // Plain ASCII has no accent to strip: most words of a passage, and every token the name model reads,
        // take this path instead of a normalisation and a copy.
        if (Ascii.IsValid(word))
        {
            return word.ToLowerInvariant();
        }

        // An emoji is two UTF-16 halves, and a token may hold one half alone ("😢" cut by a pattern), which
        // normalisation rejects: no name holds either half, so they are left out of the folded form.
        if (word.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            word = string.Concat(word.Where(c => !char.IsSurrogate(c)));
        }

        var decomposed = word.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// The lexicon's reader, generated at build time rather than built by reflection at every start.
    /// The file's lists have setters, not init accessors: generated readers set every init property,
    /// so a list absent from an edited file would be null instead of empty.
    /// </summary>
    [JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
    [JsonSerializable(typeof(LexiconFile))]
    private sealed partial class LexiconJson : JsonSerializerContext;

    private sealed class LexiconFile
    {
        [JsonPropertyName("firstNames")]
        public List<string> FirstNames { get; set; } = [];

        [JsonPropertyName("ambiguousNames")]
        public List<string> AmbiguousNames { get; set; } = [];

        [JsonPropertyName("childWords")]
        public Dictionary<string, List<string>> ChildWords { get; set; } = [];

        [JsonPropertyName("publicTitles")]
        public List<string> PublicTitles { get; set; } = [];

        [JsonPropertyName("organisationWords")]
        public List<string> OrganisationWords { get; set; } = [];

        [JsonPropertyName("testimonyVerbs")]
        public Dictionary<string, List<string>> TestimonyVerbs { get; set; } = [];

        [JsonPropertyName("personLabels")]
        public Dictionary<string, List<string>> PersonLabels { get; set; } = [];

        [JsonPropertyName("mailboxes")]
        public List<string> Mailboxes { get; set; } = [];
    }
}
