using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Knowledge.Ingest.Safeguarding;

/// <summary>
/// A learned second opinion on names. The detector's rules find a child's name by the cues around it
/// (a child word, an age, a relation, a label); each writer of a labelled set used cues and names the
/// rules had not seen, and rules written from one writer's misses carried over only in part to the next.
/// This model scores every run of capitalised words in a passage by what it looks like (its letters,
/// whether the first-name lexicon knows it, a title or an organisation word in it) and by the words
/// around it, with a logistic regression trained on the labelled sets. It flags what the rules missed;
/// it never removes a rule's flag.
/// </summary>
/// <remarks>
/// The weights ship as <c>name-model.json</c> beside the lexicon. They are trained by
/// <see cref="Train"/>, deterministically, from the labelled passages of the test suite (whose test
/// checks that the shipped file is what training gives), so anyone can retrain after adding passages.
/// </remarks>
public sealed partial class NameModel
{
    /// <summary>The file the weights ship in, beside <see cref="SafeguardingLexicon.FileName"/>.</summary>
    public const string FileName = "name-model.json";

    // A run stops at four words: longer runs are titles of organisations, laws or places.
    private const int LongestRun = 4;

    // The words either side of a run that the model reads as its context.
    private const int Window = 6;

    private readonly Dictionary<string, double> _weights;
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private NameModel(Dictionary<string, double> weights, double threshold)
    {
        _weights = weights;
        _lookup = weights.GetAlternateLookup<ReadOnlySpan<char>>();
        Threshold = threshold;
    }

    /// <summary>The probability from which a run is flagged as a name.</summary>
    public double Threshold { get; }

    /// <summary>The features and their weights, for saving and for the reproducibility check.</summary>
    public IReadOnlyDictionary<string, double> Weights => _weights;

    /// <summary>The shipped model.</summary>
    public static NameModel Default { get; } = LoadShipped();

    /// <summary>The runs of capitalised words of <paramref name="text"/> with the model's probability that each is a private person's name.</summary>
    public IEnumerable<(int Start, int Length, double Probability)> Score(string text, SafeguardingLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lexicon);
        var tokens = Tokenize(text);
        var childAt = ChildPositions(tokens, lexicon);
        var features = new List<string>(96);
        foreach (var (from, to) in Runs(tokens, lexicon))
        {
            features.Clear();
            Features(features, tokens, from, to, childAt, lexicon);
            yield return (tokens[from].Start, tokens[to - 1].End - tokens[from].Start, Probability(features));
        }
    }

    /// <summary>
    /// Trains a model on labelled passages: a run of capitalised words that overlaps a marked name is a
    /// positive; one that overlaps another identifying detail (a village in an age, a street) is left
    /// out; any other run is a negative. Deterministic: the same passages give the same weights.
    /// </summary>
    public static NameModel Train(IEnumerable<LabelledText> passages, SafeguardingLexicon lexicon, double threshold = 0.2)
    {
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(lexicon);
        var examples = new List<(string[] Features, double Label)>();
        foreach (var passage in passages)
        {
            var tokens = Tokenize(passage.Text);
            var childAt = ChildPositions(tokens, lexicon);
            foreach (var (from, to) in Runs(tokens, lexicon))
            {
                var (start, end) = (tokens[from].Start, tokens[to - 1].End);
                var name = passage.Names.Any(n => start < n.Start + n.Length && n.Start < end);
                if (!name && passage.OtherDetails.Any(n => start < n.Start + n.Length && n.Start < end))
                {
                    continue;
                }

                var features = new List<string>(96);
                Features(features, tokens, from, to, childAt, lexicon);
                examples.Add(([.. features], name ? 1 : 0));
            }
        }

        // Plain stochastic gradient descent on the log loss with a little L2, a fixed number of passes
        // over a fixed shuffle: small, dependency-free and reproducible to the last digit.
        const int passes = 15;
        const double rate = 0.1, l2 = 1e-4;
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var random = new Random(1);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        for (var pass = 0; pass < passes; pass++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var (features, label) = examples[i];
                var z = 0.0;
                foreach (var f in features)
                {
                    z += weights.GetValueOrDefault(f);
                }

                var gradient = Sigmoid(z) - label;
                foreach (var f in features)
                {
                    var w = weights.GetValueOrDefault(f);
                    weights[f] = w - (rate * (gradient + (l2 * w)));
                }
            }
        }

        // Weights this small change no decision; dropping them keeps the shipped file small.
        var kept = weights.Where(w => Math.Abs(w.Value) >= 0.02)
            .ToDictionary(w => w.Key, w => Math.Round(w.Value, 4), StringComparer.Ordinal);
        return new NameModel(kept, threshold);
    }

    /// <summary>Writes the model as JSON, features in ordinal order.</summary>
    public void Save(Stream stream)
    {
        var file = new ModelFile
        {
            Threshold = Threshold,
            Weights = new SortedDictionary<string, double>(_weights, StringComparer.Ordinal),
        };
        JsonSerializer.Serialize(stream, file, ModelJson.Default.ModelFile);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static NameModel Load(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            var file = JsonSerializer.Deserialize(stream, ModelJson.Default.ModelFile)
                ?? throw new InvalidDataException("fichier vide");
            if (file.Weights.Count == 0 || file.Threshold is <= 0 or >= 1)
            {
                throw new InvalidDataException("le modèle doit avoir des poids et un seuil entre 0 et 1");
            }

            return new NameModel(new Dictionary<string, double>(file.Weights, StringComparer.Ordinal), file.Threshold);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            throw new InvalidDataException($"modèle de noms illisible : {source} — {ex.Message}", ex);
        }
    }

    /// <summary>The <see cref="FileName"/> of <paramref name="folder"/> when it holds one; the shipped model otherwise.</summary>
    public static NameModel Load(string? folder)
    {
        var path = folder is null ? null : Path.Combine(folder, FileName);
        if (path is null || !File.Exists(path))
        {
            return Default;
        }

        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    private static NameModel LoadShipped()
    {
        const string resource = "Knowledge.Ingest.Safeguarding." + FileName;
        using var shipped = typeof(NameModel).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidDataException("modèle de noms absent de l'assemblage");
        return Load(shipped, resource);
    }

    private double Probability(List<string> features)
    {
        var z = 0.0;
        foreach (var f in features)
        {
            z += _lookup.TryGetValue(f, out var w) ? w : 0;
        }

        return Sigmoid(z);
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-Math.Clamp(z, -30, 30)));

    private readonly record struct Token(int Start, int End, string Text, string Folded, bool Capitalised);

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        foreach (var m in TokenPattern().EnumerateMatches(text))
        {
            // "Oyelakin's": the possessive is a word of its own, so that the name is the one seen elsewhere.
            var length = m.Length > 3 && text[m.Index + m.Length - 1] == 's' && text[m.Index + m.Length - 2] is '\'' or '’' ? m.Length - 2 : m.Length;
            Add(m.Index, length);
            if (length < m.Length)
            {
                Add(m.Index + length, 2);
            }
        }

        return tokens;

        void Add(int start, int length)
        {
            var value = text.Substring(start, length);
            // An emoji (or one UTF-16 half of it) is no part of a name, and a feature holding half of one
            // would not survive the model file's round trip (the JSON writer replaces it).
            if (value.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
            {
                return;
            }

            tokens.Add(new Token(start, start + length, value, SafeguardingLexicon.Fold(value), CapitalisedWord().IsMatch(value)));
        }
    }

    private static List<int> ChildPositions(List<Token> tokens, SafeguardingLexicon lexicon)
    {
        var childWords = ChildWordSet(lexicon);
        var at = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (childWords.Contains(tokens[i].Folded))
            {
                at.Add(i);
            }
        }

        return at;
    }

    // The lexicon's one-word child words, folded; phrases ("jeune fille") count by their last word.
    private static HashSet<string> ChildWordSet(SafeguardingLexicon lexicon) =>
        ChildWordCache.GetValue(lexicon, l => new HashSet<string>(l.ChildWords.Select(w => SafeguardingLexicon.Fold(w.Split(' ')[^1])), StringComparer.Ordinal));

    private static readonly ConditionalWeakTable<SafeguardingLexicon, HashSet<string>> ChildWordCache = [];

    private static IEnumerable<(int From, int To)> Runs(List<Token> tokens, SafeguardingLexicon lexicon)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (!NameWord(tokens, i, lexicon))
            {
                i++;
                continue;
            }

            // A title ("Mme", "Dr", "Minister") is the context of the name after it, not part of it.
            var j = i + 1;
            while (j < tokens.Count && NameWord(tokens, j, lexicon) && j - i < LongestRun)
            {
                j++;
            }

            yield return (i, j);
            i = j;
        }
    }

    // A capitalised word that is not a title; or a surname in capitals before a first name, as registers
    // and forms write it ("ABUBAKARI Fuseina", "KOUASSI Ahou"), unless it is an organisation's acronym.
    private static bool NameWord(List<Token> tokens, int i, SafeguardingLexicon lexicon)
    {
        var token = tokens[i];
        if (token.Capitalised)
        {
            return !lexicon.PublicTitles.Contains(token.Text);
        }

        return token.Text.Length >= 3 && AllCapitals().IsMatch(token.Text) && !lexicon.OrganisationAcronyms.Contains(token.Text)
            && i + 1 < tokens.Count && tokens[i + 1].Capitalised && !lexicon.PublicTitles.Contains(tokens[i + 1].Text);
    }

    private static void Features(List<string> f, List<Token> t, int from, int to, List<int> childAt, SafeguardingLexicon lexicon)
    {
        var c = CultureInfo.InvariantCulture;
        var first = t[from].Folded;
        f.Add("bias");
        f.Add(string.Create(c, $"len={to - from}"));
        f.Add(lexicon.FirstNames.Contains(first) ? "inlex=1" : "inlex=0");
        f.Add(lexicon.FirstNames.Contains(t[to - 1].Folded) ? "lastinlex=1" : "lastinlex=0");
        f.Add(lexicon.PublicTitles.Contains(t[from].Text) ? "title=1" : "title=0");
        var organisation = false;
        for (var k = from; k < to; k++)
        {
            organisation |= lexicon.OrganisationWords.Contains(t[k].Text);
        }

        f.Add(organisation ? "org=1" : "org=0");
        for (var k = 2; k <= 4; k++)
        {
            f.Add(string.Create(c, $"suf{k}={first[Math.Max(0, first.Length - k)..]}"));
            f.Add(string.Create(c, $"pre{k}={first[..Math.Min(first.Length, k)]}"));
        }

        for (var k = 0; k + 3 <= first.Length; k++)
        {
            f.Add(string.Concat("tri=", first.AsSpan(k, 3)));
        }

        f.Add("w=" + first);
        for (var o = 1; o <= 3; o++)
        {
            var previous = from - o >= 0 ? t[from - o].Folded : "<s>";
            var next = to + o - 1 < t.Count ? t[to + o - 1].Folded : "</s>";
            f.Add(string.Create(c, $"p{o}={previous}"));
            f.Add(string.Create(c, $"n{o}={next}"));
            f.Add(string.Create(c, $"ps{o}={Shape(from - o >= 0 ? t[from - o].Text : "<s>")}"));
            f.Add(string.Create(c, $"ns{o}={Shape(to + o - 1 < t.Count ? t[to + o - 1].Text : "</s>")}"));
        }

        f.Add(string.Create(c, $"p12={(from >= 2 ? t[from - 2].Folded : "<s>")}_{(from >= 1 ? t[from - 1].Folded : "<s>")}"));
        f.Add(string.Create(c, $"n12={(to < t.Count ? t[to].Folded : "</s>")}_{(to + 1 < t.Count ? t[to + 1].Folded : "</s>")}"));
        f.Add(from == 0 || t[from - 1].Text is "." or "!" or "?" or ":" ? "start=1" : "start=0");
        var distance = 99;
        foreach (var at in childAt)
        {
            distance = Math.Min(distance, Math.Abs(at - from));
        }

        f.Add(string.Create(c, $"cdist={Math.Min(distance / 3, 6)}"));
        f.Add(childAt.Count > 0 ? "haschild=1" : "haschild=0");
        for (var k = Math.Max(0, from - Window); k < Math.Min(t.Count, to + Window); k++)
        {
            if (k < from || k >= to)
            {
                f.Add("win=" + t[k].Folded);
            }
        }
    }

    // "Aïcha" → "Aa", "12" → "0", "," → ",": the shape of a neighbouring word.
    private static string Shape(string word)
    {
        var sb = new StringBuilder(word.Length);
        var last = '\0';
        foreach (var ch in word)
        {
            var s = char.IsUpper(ch) ? 'A' : char.IsLower(ch) ? 'a' : char.IsDigit(ch) ? '0' : ch;
            if (s != last || s is not ('A' or 'a' or '0'))
            {
                sb.Append(s);
            }

            last = s;
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"\w+(?:[-'’]\w+)*|[^\w\s]")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^\p{Lu}[\p{Ll}\p{Mn}'’\-]+$")]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\p{Mn}'’\-]+$")]
    private static partial Regex AllCapitals();

    [JsonSourceGenerationOptions(WriteIndented = true)]
    [JsonSerializable(typeof(ModelFile))]
    private sealed partial class ModelJson : JsonSerializerContext;

    private sealed class ModelFile
    {
        [JsonPropertyName("threshold")]
        public double Threshold { get; set; }

        [JsonPropertyName("weights")]
        public SortedDictionary<string, double> Weights { get; set; } = new SortedDictionary<string, double>(StringComparer.Ordinal);
    }
}

/// <summary>A passage labelled for <see cref="NameModel.Train"/>: where its names are, and where its other identifying details are.</summary>
public sealed record LabelledText(string Text, IReadOnlyList<(int Start, int Length)> Names, IReadOnlyList<(int Start, int Length)> OtherDetails);
