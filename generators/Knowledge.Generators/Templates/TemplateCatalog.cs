using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Knowledge.Generators.Templates;

/// <summary>A template file is missing, malformed or incomplete; the message names the file and the key.</summary>
public sealed class TemplateException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The template prose of generated documents, one file per language (<c>templates.fr.json</c>,
/// <c>templates.en.json</c>) that staff edit without a rebuild. Each key holds a text with
/// <c>{name}</c> placeholders, a plural pair <c>{"one": …, "other": …}</c>, a list of texts, or a
/// list of rows. The shipped files are embedded; a folder holding either file overrides it. Every
/// file is checked when loaded: same keys and same placeholders as the shipped French file, so a
/// broken edit stops the server at start-up, naming the file and the key.
/// </summary>
public sealed partial class TemplateCatalog
{
    public static readonly IReadOnlyList<string> Languages = ["fr", "en"];

    private static readonly JsonDocumentOptions JsonOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly Lazy<TemplateCatalog> DefaultInstance = new(() => Load(null));

    private readonly FrozenDictionary<string, FrozenDictionary<string, JsonElement>> _byLanguage;

    private TemplateCatalog(FrozenDictionary<string, FrozenDictionary<string, JsonElement>> byLanguage) => _byLanguage = byLanguage;

    /// <summary>The shipped templates.</summary>
    public static TemplateCatalog Default => DefaultInstance.Value;

    /// <summary>File name of a language's templates.</summary>
    public static string FileName(string language) => $"templates.{language}.json";

    /// <summary>
    /// Loads the templates: a file in <paramref name="folder"/> overrides the shipped one of its language.
    /// </summary>
    /// <exception cref="TemplateException">The folder does not exist, or a file is malformed or incomplete; the message names it.</exception>
    public static TemplateCatalog Load(string? folder)
    {
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new TemplateException($"Le dossier de modèles « {folder} » n'existe pas.");
        }

        var shipped = Languages.ToDictionary(l => l, l => Parse(Embedded(FileName(l)), FileName(l)));
        var reference = shipped["fr"];
        var byLanguage = new Dictionary<string, FrozenDictionary<string, JsonElement>>(StringComparer.Ordinal);
        foreach (var language in Languages)
        {
            var name = FileName(language);
            var path = folder is null ? null : Path.Combine(folder, name);
            var entries = path is not null && File.Exists(path) ? Parse(ReadFile(path), path) : shipped[language];
            Check(entries, reference, path ?? name);
            byLanguage[language] = entries.ToFrozenDictionary(StringComparer.Ordinal);
        }

        return new TemplateCatalog(byLanguage.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>A text with its placeholders filled.</summary>
    public string Text(string language, string key, params ReadOnlySpan<(string Name, string Value)> args) =>
        Fill(Get(language, key, JsonValueKind.String).GetString()!, args);

    /// <summary>The plural form for <paramref name="count"/> (French: 0 and 1 are singular), with <c>{n}</c> and the placeholders filled.</summary>
    public string Plural(string language, string key, long count, params ReadOnlySpan<(string Name, string Value)> args)
    {
        var entry = Get(language, key, JsonValueKind.Object);
        var one = language == "fr" ? count is 0 or 1 : count == 1;
        var text = entry.GetProperty(one ? "one" : "other").GetString()!;
        return Fill(text.Replace("{n}", count.ToString("N0", Culture(language)), StringComparison.Ordinal), args);
    }

    /// <summary>A list of texts.</summary>
    public IReadOnlyList<string> List(string language, string key) =>
        [.. Get(language, key, JsonValueKind.Array).EnumerateArray().Select(e => e.GetString()!)];

    /// <summary>A list of rows of texts.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows(string language, string key) =>
        [.. Get(language, key, JsonValueKind.Array).EnumerateArray().Select(r => (IReadOnlyList<string>)[.. r.EnumerateArray().Select(c => c.GetString()!)])];

    /// <summary>True when the key exists (for optional, data-driven keys such as a theme's short label).</summary>
    public bool Has(string language, string key) => _byLanguage[Lang(language)].ContainsKey(key);

    private static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : "fr-FR");

    private JsonElement Get(string language, string key, JsonValueKind kind)
    {
        if (!_byLanguage[Lang(language)].TryGetValue(key, out var value) || value.ValueKind != kind)
        {
            // Load checked every file against the shipped keys: only a key missing from the shipped files gets here.
            throw new TemplateException($"Modèle « {key} » absent de {FileName(Lang(language))} ou de type inattendu.");
        }

        return value;
    }

    private static string Lang(string language) => language == "en" ? "en" : "fr";

    private static string Fill(string text, ReadOnlySpan<(string Name, string Value)> args)
    {
        foreach (var (name, value) in args)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    private static string Embedded(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Knowledge.Generators.Templates." + name)
            ?? throw new TemplateException($"Le fichier de modèles « {name} » manque dans l'assemblage.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string ReadFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw new TemplateException($"Le fichier de modèles « {path} » est illisible : {ex.Message}", ex);
        }
    }

    private static Dictionary<string, JsonElement> Parse(string json, string file)
    {
        try
        {
            using var document = JsonDocument.Parse(json, JsonOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new TemplateException($"Le fichier de modèles « {file} » doit contenir un objet JSON (clé → texte).");
            }

            return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
        }
        catch (JsonException ex)
        {
            throw new TemplateException($"Le fichier de modèles « {file} » est mal formé (ligne {ex.LineNumber + 1}) : {ex.Message}", ex);
        }
    }

    /// <summary>Same keys, same kinds and same placeholders as the shipped French file.</summary>
    private static void Check(Dictionary<string, JsonElement> entries, Dictionary<string, JsonElement> reference, string file)
    {
        foreach (var (key, expected) in reference)
        {
            if (!entries.TryGetValue(key, out var actual))
            {
                throw new TemplateException($"Le fichier de modèles « {file} » n'a pas la clé « {key} ».");
            }

            if (actual.ValueKind != expected.ValueKind || !SameShape(actual, expected))
            {
                throw new TemplateException($"Le fichier de modèles « {file} » : la clé « {key} » n'a pas la forme attendue (texte, pluriel {{\"one\", \"other\"}}, liste ou tableau, comme le modèle livré).");
            }

            var want = Placeholders(expected);
            var have = Placeholders(actual);
            if (!have.SetEquals(want))
            {
                throw new TemplateException(
                    $"Le fichier de modèles « {file} » : la clé « {key} » doit utiliser les champs {Describe(want)} (trouvé : {Describe(have)}).");
            }
        }

        var unknown = entries.Keys.Where(k => !reference.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new TemplateException($"Le fichier de modèles « {file} » contient des clés inconnues : {string.Join(", ", unknown)}.");
        }
    }

    private static bool SameShape(JsonElement actual, JsonElement expected) => expected.ValueKind switch
    {
        JsonValueKind.Object => actual.TryGetProperty("one", out var one) && one.ValueKind == JsonValueKind.String
            && actual.TryGetProperty("other", out var other) && other.ValueKind == JsonValueKind.String,
        JsonValueKind.Array => actual.EnumerateArray().All(e => e.ValueKind == (expected.GetArrayLength() > 0 ? expected[0].ValueKind : JsonValueKind.String))
            && actual.GetArrayLength() > 0
            && (expected.GetArrayLength() == 0 || expected[0].ValueKind != JsonValueKind.Array
                || actual.EnumerateArray().All(r => r.GetArrayLength() == expected[0].GetArrayLength() && r.EnumerateArray().All(c => c.ValueKind == JsonValueKind.String))),
        _ => true,
    };

    private static HashSet<string> Placeholders(JsonElement element)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                foreach (Match m in Placeholder().Matches(element.GetString()!))
                {
                    set.Add(m.Groups[1].Value);
                }

                break;
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                {
                    set.UnionWith(Placeholders(p.Value));
                }

                set.Remove("n");
                break;
        }

        return set;
    }

    private static string Describe(HashSet<string> names) => names.Count == 0 ? "(aucun)" : string.Join(", ", names.Order(StringComparer.Ordinal).Select(n => "{" + n + "}"));

    [GeneratedRegex(@"\{([a-zA-Z][a-zA-Z0-9]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
