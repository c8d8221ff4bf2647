using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Knowledge.Core.Taxonomy.Matching;

namespace Knowledge.Core.Taxonomy;

/// <summary>One concept of the glossary: its terms in French and in English, synonyms included.</summary>
public sealed record GlossaryConcept
{
    /// <summary>French terms, the preferred one first.</summary>
    [JsonPropertyName("fr")]
    public IReadOnlyList<string> Fr { get; init; } = [];

    /// <summary>English terms, the preferred one first.</summary>
    [JsonPropertyName("en")]
    public IReadOnlyList<string> En { get; init; } = [];

    /// <summary>Every term, French first.</summary>
    [JsonIgnore]
    public IEnumerable<string> All => Fr.Concat(En);
}

/// <summary>
/// The bilingual domain glossary that expands queries into the other language and into synonyms
/// (traite ↔ trafficking, CEDEAO ↔ ECOWAS, sexe de survie ↔ survival sex), loaded from
/// <c>glossary.json</c>, a data file users can edit like the taxonomy: the file shipped with the
/// product is embedded, and one in the taxonomy folder overrides it. The general vocabulary of the
/// field (<c>lexicon.json</c>, loaded the same way) follows its concepts, so that an English question
/// reaches a French passage through its ordinary words too ("exposed to mercury" → « mercure »).
/// Terms are compared on folded keys: lower case, accents stripped, a plural <c>s</c> dropped and
/// small linking words ignored, so "mariages des enfants" finds the term "mariage d'enfants".
/// </summary>
public sealed class Glossary
{
    /// <summary>The file name, in the taxonomy folder.</summary>
    public const string FileName = "glossary.json";

    /// <summary>
    /// The general vocabulary's file name, in the taxonomy folder: the ordinary words of the field in
    /// both languages (mercure ↔ mercury, salaire ↔ wage), a list of concepts in the glossary's form.
    /// </summary>
    public const string LexiconFileName = "lexicon.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    // Linking words ignored in keys, in both languages; content words never are. Elided forms ("s'",
    // "qu'", "n'") and the English possessive ("husband's" folds to husband|s) are left letters.
    private static readonly FrozenSet<string> LinkingWords = new[]
    {
        "d", "l", "de", "des", "du", "la", "le", "les", "un", "une", "et", "a", "au", "aux", "en", "par", "pour", "sur",
        "s", "qu", "c", "j", "n", "m",
        "the", "of", "an", "and", "in", "on", "to", "for", "by",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly Lazy<Glossary> DefaultInstance = new(() => Load(null));

    private readonly FrozenDictionary<string, int[]> _byKey;
    private readonly FrozenDictionary<string, TermForm> _forms;
    private readonly FrozenSet<string> _numberCues;

    /// <summary>Builds a glossary from its concepts and the words that ask for figures.</summary>
    /// <exception cref="TaxonomyException">A concept has no term, or a term has no word.</exception>
    public Glossary(IEnumerable<GlossaryConcept> concepts, IEnumerable<string> numberCues)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        ArgumentNullException.ThrowIfNull(numberCues);
        Concepts = [.. concepts];
        Validate(Concepts, "Le glossaire", "du glossaire");
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var forms = new Dictionary<string, TermForm>(StringComparer.Ordinal);
        for (var i = 0; i < Concepts.Count; i++)
        {
            foreach (var term in Concepts[i].All)
            {
                if (!forms.TryGetValue(term, out var form))
                {
                    forms[term] = form = TermForm.Of(term);
                }

                var key = form.Key;
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                if (!list.Contains(i))
                {
                    list.Add(i);
                }

                MaxWords = Math.Max(MaxWords, key.Count(c => c == ' ') + 1);
            }
        }

        _byKey = byKey.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _forms = forms.ToFrozenDictionary(StringComparer.Ordinal);
        _numberCues = numberCues.Select(KeyOf).Where(k => k.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        MaxWords = Math.Max(MaxWords, _numberCues.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max());
    }

    /// <summary>The glossary shipped with the product.</summary>
    public static Glossary Default => DefaultInstance.Value;

    /// <summary>All concepts, in file order.</summary>
    public IReadOnlyList<GlossaryConcept> Concepts { get; }

    /// <summary>The largest number of key words in a term.</summary>
    public int MaxWords { get; }

    /// <summary>
    /// Loads <c>glossary.json</c> and <c>lexicon.json</c>, each from <paramref name="folder"/> when it
    /// exists there (the taxonomy folder), from the embedded default otherwise. The lexicon's concepts
    /// follow the glossary's, so a word that is both a glossary term and a lexicon word is expanded
    /// with the glossary's terms first.
    /// </summary>
    /// <exception cref="TaxonomyException">A file is malformed; the message names it and the problem.</exception>
    public static Glossary Load(string? folder)
    {
        var glossary = Read<GlossaryFile>(folder, FileName);
        var lexicon = Read<List<GlossaryConcept>>(folder, LexiconFileName);
        // Checked and numbered in its own file: the constructor would count its concepts after the glossary's.
        Validate(lexicon, $"Le fichier « {LexiconFileName} »", $"du fichier « {LexiconFileName} »");
        return new Glossary(
            (glossary.Concepts ?? []).Concat(lexicon),
            (glossary.NumberCues?.Fr ?? []).Concat(glossary.NumberCues?.En ?? []));
    }

    /// <summary>Every concept has a term, and every term a word; <paramref name="source"/> and <paramref name="ofSource"/> name the file in the message.</summary>
    private static void Validate(IReadOnlyList<GlossaryConcept?> concepts, string source, string ofSource)
    {
        for (var i = 0; i < concepts.Count; i++)
        {
            if (concepts[i] is not { } concept || !concept.All.Any())
            {
                throw new TaxonomyException($"{source} contient un concept sans aucun terme (concept n° {i + 1}).");
            }

            foreach (var term in concept.All)
            {
                if (term is null || KeyOf(term).Length == 0)
                {
                    throw new TaxonomyException($"Le terme « {term} » {ofSource} (concept n° {i + 1}) ne contient aucun mot.");
                }
            }
        }
    }

    private static T Read<T>(string? folder, string fileName)
        where T : class
    {
        try
        {
            T? file;
            if (folder is not null && File.Exists(Path.Combine(folder, fileName)))
            {
                using var stream = File.OpenRead(Path.Combine(folder, fileName));
                file = JsonSerializer.Deserialize<T>(stream, JsonOptions);
            }
            else
            {
                using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Knowledge.Core.Taxonomy." + fileName)
                    ?? throw new TaxonomyException($"Le fichier « {fileName} » manque dans l'assemblage.");
                file = JsonSerializer.Deserialize<T>(stream, JsonOptions);
            }

            return file ?? throw new TaxonomyException($"Le fichier « {fileName} » est vide.");
        }
        catch (JsonException ex)
        {
            throw new TaxonomyException($"Le fichier « {fileName} » est mal formé (ligne {ex.LineNumber + 1}) : {ex.Message}", ex);
        }
    }

    /// <summary>
    /// The folded key of a term or of query words: folded words, plural <c>s</c> dropped, linking words left out, joined
    /// by one space. An acronym written in capitals is no linking word: "UN Women" keys as "un women", not as "women".
    /// </summary>
    public static string KeyOf(string text) => TermForm.Of(text).Key;

    /// <summary>
    /// Whether <paramref name="word"/> is itself one of the glossary's terms, in either language, accents, case and a
    /// plural <c>s</c> aside: a query that holds it is expanded into the other language.
    /// </summary>
    public bool HasTerm(string word) => _byKey.ContainsKey(KeyOf(word));

    /// <summary>The forms of one of the glossary's terms, read once when it was loaded.</summary>
    internal TermForm FormOf(string term) => _forms.TryGetValue(term, out var form) ? form : TermForm.Of(term);

    /// <summary>
    /// Whether a word is written in capitals, as an acronym is: two letters at least and none in lower case but a
    /// plural's final <c>s</c> ("NGOs").
    /// </summary>
    internal static bool IsCapitals(ReadOnlySpan<char> text)
    {
        if (text.Length < 2)
        {
            return false;
        }

        var letters = false;
        foreach (var c in text.Length > 2 && text[^1] == 's' ? text[..^1] : text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters |= char.IsLetter(c);
        }

        return letters;
    }

    /// <summary>
    /// Which of the <paramref name="count"/> tokens of <paramref name="text"/> are written in capitals (two letters at
    /// least), when the text has capitals in lower-case company; null when none is, or the raw tokens do not line up
    /// with the folded ones.
    /// </summary>
    internal static bool[]? Acronyms(string text, int count)
    {
        if (count < 2 || !text.Any(char.IsLower))
        {
            return null;
        }

        var flags = new bool[count];
        var token = 0;
        var any = false;
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (token == count)
            {
                return null;
            }

            var raw = text.AsSpan(start, i - start);
            flags[token] = IsCapitals(raw);
            any |= flags[token];
            token++;
        }

        return any && token == count ? flags : null;
    }

    /// <summary>The key of one folded token, or null for a linking word.</summary>
    internal static string? KeyWord(ReadOnlySpan<char> token)
    {
        var word = token.ToString();
        if (LinkingWords.Contains(word))
        {
            return null;
        }

        return word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;
    }

    /// <summary>The concepts that have a term with this key (empty when none).</summary>
    internal IReadOnlyList<int> ConceptsOf(string key) => _byKey.TryGetValue(key, out var ids) ? ids : [];

    /// <summary>Whether a key is one of the words that ask for figures.</summary>
    internal bool IsNumberCue(string key) => _numberCues.Contains(key);

    private sealed record CuesFile(IReadOnlyList<string>? Fr, IReadOnlyList<string>? En);

    private sealed record GlossaryFile(IReadOnlyList<GlossaryConcept>? Concepts, CuesFile? NumberCues);
}

/// <summary>
/// How a term (or words typed) reads to the glossary, folded once: its key, its words before a plural <c>s</c> is
/// dropped, and all its folded tokens, linking words included.
/// </summary>
/// <param name="Key">The key (<see cref="Glossary.KeyOf"/>): « mariage enfant » for « mariages des enfants ».</param>
/// <param name="Words">The key's words before a plural <c>s</c> is dropped: « mariages enfants ».</param>
/// <param name="Tokens">Every folded token, joined by one space: « mariages des enfants ».</param>
internal sealed record TermForm(string Key, string Words, string Tokens)
{
    /// <summary>Folds <paramref name="text"/> once. An acronym written in capitals is no linking word ("UN Women").</summary>
    public static TermForm Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = FoldedText.Create(text);
        var acronyms = Glossary.Acronyms(text, folded.Count);
        var keys = new List<string>(folded.Count);
        var words = new List<string>(folded.Count);
        var tokens = new string[folded.Count];
        for (var i = 0; i < folded.Count; i++)
        {
            tokens[i] = folded.Token(i).ToString();
            if (Glossary.KeyWord(folded.Token(i)) is { } key)
            {
                keys.Add(key);
                words.Add(tokens[i]);
            }
            else if (acronyms?[i] == true)
            {
                keys.Add(tokens[i]);
                words.Add(tokens[i]);
            }
        }

        var all = string.Join(' ', tokens);
        // A term made only of linking words ("AU" for the African Union) keeps them.
        return keys.Count == 0 ? new TermForm(all, all, all) : new TermForm(string.Join(' ', keys), string.Join(' ', words), all);
    }
}
