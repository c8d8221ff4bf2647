using System.Collections.Frozen;
using System.Text;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy.Matching;
using Microsoft.Win32.SafeHandles;

namespace Knowledge.Core.Taxonomy;

/// <summary>
/// General-language synonyms from the LibreOffice thesauri (MyThes format, Debian's <c>mythes-fr</c> and
/// <c>mythes-en-us</c>), for words of a query that no passage holds: « sépultures » is searched as
/// « tombes, tombeaux », "shortage" as "lack, deficit". The glossary holds the field's terms and their
/// translations; this covers the rest of the language, which paraphrases use. Only the index (<c>.idx</c>)
/// is read into memory, a folded word to the offsets of its entries; an entry's line is read from the data
/// file when a query asks for it. Thread-safe.
/// </summary>
/// <remarks>
/// A MyThes data file starts with its encoding, then holds entries: <c>word|n</c> followed by n meanings,
/// each <c>(part of speech)|synonym|synonym…</c>; a synonym may carry a note in brackets
/// ("tomb (generic term)"), which is dropped. The index file starts with the encoding and the number of
/// entries, then <c>word|offset</c> lines.
/// </remarks>
public sealed class Thesaurus : IDisposable
{
    /// <summary>Where Debian installs the thesauri.</summary>
    public const string DebianFolder = "/usr/share/mythes";

    /// <summary>The files read in <see cref="DebianFolder"/> or the folder given, with their language: French, then English.</summary>
    public static readonly IReadOnlyList<(string Language, string FileName)> Files = [("fr", "th_fr_FR_v2"), ("en", "th_en_US_v2")];

    /// <summary>Synonyms returned for one word at most: the first of each meaning first.</summary>
    public const int MaxSynonyms = 12;

    private static readonly Lazy<Thesaurus> InstalledInstance = new(() => Load(null));

    private readonly FrozenDictionary<string, (int File, long[] Offsets)[]> _entries;
    private readonly SafeFileHandle[] _files;
    private readonly string[] _languages;

    private Thesaurus(FrozenDictionary<string, (int File, long[] Offsets)[]> entries, SafeFileHandle[] files, string[] languages)
    {
        _entries = entries;
        _files = files;
        _languages = languages;
    }

    /// <summary>A thesaurus with no words: what a machine without the packages gets.</summary>
    public static Thesaurus Empty { get; } = new(FrozenDictionary<string, (int, long[])[]>.Empty, [], []);

    /// <summary>The languages it has a thesaurus for (<c>fr</c>, <c>en</c>).</summary>
    public IReadOnlyList<string> Languages => _languages;

    /// <summary>The thesauri installed on this machine (<see cref="DebianFolder"/>), or <see cref="Empty"/> when none is.</summary>
    public static Thesaurus Installed => InstalledInstance.Value;

    /// <summary>How many words it knows (folded).</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// The thesauri in <paramref name="folder"/> (<see cref="DebianFolder"/> when null): each of
    /// <see cref="Files"/> whose <c>.idx</c> and <c>.dat</c> are both there. None there gives <see cref="Empty"/>.
    /// </summary>
    /// <exception cref="TaxonomyException">A file is not in the MyThes format; the message names it and the line.</exception>
    public static Thesaurus Load(string? folder)
    {
        folder ??= DebianFolder;
        var entries = new Dictionary<string, List<(int File, long Offset)>>(StringComparer.Ordinal);
        var files = new List<SafeFileHandle>();
        var languages = new List<string>();
        foreach (var (language, name) in Files)
        {
            var index = Path.Combine(folder, name + ".idx");
            var data = Path.Combine(folder, name + ".dat");
            if (!File.Exists(index) || !File.Exists(data))
            {
                continue;
            }

            var file = files.Count;
            files.Add(File.OpenHandle(data, FileMode.Open, FileAccess.Read, FileShare.Read));
            languages.Add(language);
            try
            {
                ReadIndex(index, file, entries);
            }
            catch
            {
                files.ForEach(f => f.Dispose());
                throw;
            }
        }

        return files.Count == 0
            ? Empty
            : new Thesaurus(
                entries.ToFrozenDictionary(e => e.Key, e => e.Value.GroupBy(v => v.File).Select(g => (g.Key, g.Select(v => v.Offset).ToArray())).ToArray(), StringComparer.Ordinal),
                [.. files],
                [.. languages]);
    }

    private static void ReadIndex(string path, int file, Dictionary<string, List<(int File, long Offset)>> entries)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var encoding = reader.ReadLine();
        if (!string.Equals(encoding, "UTF-8", StringComparison.OrdinalIgnoreCase))
        {
            throw new TaxonomyException($"Le thésaurus « {path} » est encodé en « {encoding} » (ligne 1) : seuls les thésaurus UTF-8 sont lus.");
        }

        _ = reader.ReadLine(); // the number of entries
        var number = 2;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var bar = line.LastIndexOf('|');
            if (bar <= 0 || !long.TryParse(line.AsSpan(bar + 1), out var offset))
            {
                throw new TaxonomyException($"Le thésaurus « {path} » est mal formé (ligne {number}) : « mot|position » attendu, « {line} » trouvé.");
            }

            var key = FoldedText.Fold(line.AsSpan(0, bar));
            if (!entries.TryGetValue(key, out var list))
            {
                entries[key] = list = [];
            }

            list.Add((file, offset));
        }
    }

    /// <summary>
    /// The synonyms of <paramref name="word"/>, or of the first of its likely dictionary forms the
    /// thesauri hold (« raillés » → « railler », "revealing" → "reveal"): the first synonym of each meaning,
    /// then the second of each…, at most <see cref="MaxSynonyms"/>, none repeated nor equal to the word.
    /// Accents, case and an elided article (« l'école ») are ignored. Empty when no form is known.
    /// </summary>
    /// <param name="word">One word, as typed.</param>
    /// <param name="language">The language of the query (<c>fr</c>, <c>en</c>), when known: the other's thesaurus is not read,
    /// so that the French « de » is not the English "DE" (Delaware).</param>
    public IReadOnlyList<string> SynonymsOf(string word, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (_entries.Count == 0)
        {
            return [];
        }

        var folded = FoldedText.Fold(Unelided(word.Trim()));
        foreach (var form in DictionaryForms(folded))
        {
            if (_entries.TryGetValue(form, out var places) && places.Any(p => language is null || _languages[p.File] == language))
            {
                var meanings = new List<string[]>();
                foreach (var (file, offsets) in places)
                {
                    if (language is not null && _languages[file] != language)
                    {
                        continue;
                    }

                    foreach (var offset in offsets)
                    {
                        meanings.AddRange(ReadEntry(file, offset));
                    }
                }

                // The first synonym of each meaning first; none twice, nor the word itself, accents and case aside.
                return RoundRobin.Take(meanings, MaxSynonyms, new HashSet<string>(StringComparer.Ordinal) { folded, form }, synonym => FoldedText.Fold(synonym));
            }
        }

        return [];
    }

    /// <summary>The word without a French elided article or pronoun (« l' », « d' », « qu' »…).</summary>
    private static string Unelided(string word)
    {
        var apostrophe = word.IndexOfAny(['\'', '\u2019']);
        return apostrophe is > 0 and <= 3 && apostrophe < word.Length - 1 ? word[(apostrophe + 1)..] : word;
    }

    /// <summary>The meanings of the entry at <paramref name="offset"/>: each its synonyms, notes in brackets dropped.</summary>
    private List<string[]> ReadEntry(int file, long offset)
    {
        // An entry is a head line and its meanings' lines: most fit in 4 KiB, the longest in 64.
        for (var size = 4096; ; size *= 4)
        {
            var buffer = new byte[size];
            var read = RandomAccess.Read(_files[file], buffer, offset);
            var bytes = buffer.AsSpan(0, read);
            var headEnd = bytes.IndexOf((byte)'\n');
            var head = Encoding.UTF8.GetString(headEnd < 0 ? bytes : bytes[..headEnd]).Split('|');
            if (headEnd < 0 || head.Length != 2 || !int.TryParse(head[1], out var count))
            {
                return [];
            }

            // Only the entry's own lines are decoded; when the buffer ends before them, a larger one is read.
            var end = headEnd + 1;
            var lines = 0;
            while (lines < count && bytes[end..].IndexOf((byte)'\n') is var next and >= 0)
            {
                end += next + 1;
                lines++;
            }

            if (lines < count && read < size)
            {
                end = read; // the file ends without a last line break
            }

            if (lines == count || read < size || size >= 65536)
            {
                return [.. Encoding.UTF8.GetString(bytes[(headEnd + 1)..end]).Split('\n', StringSplitOptions.RemoveEmptyEntries)
                    .Select(l => l.Split('|').Skip(1).Select(Clean).Where(w => w.Length > 0).ToArray())];
            }
        }
    }

    private static string Clean(string synonym)
    {
        var bracket = synonym.IndexOf('(', StringComparison.Ordinal);
        return (bracket >= 0 ? synonym[..bracket] : synonym).Trim();
    }

    /// <summary>
    /// The word and the dictionary forms it may be an inflection of, most likely first: French plurals,
    /// feminines and verb endings (« peinent » → « peiner », « oubliées » → « oublier »), English plurals and
    /// verb endings ("dying" → "die", "snagged" → "snag"). Wrong guesses cost a lookup: a form the thesauri do
    /// not hold is skipped.
    /// </summary>
    internal static IEnumerable<string> DictionaryForms(string w)
    {
        yield return w;
        if (w.Length > 3 && w[^1] is 's' or 'x')
        {
            yield return w[..^1]; // the plural of a noun or adjective, the commonest inflection
        }

        foreach (var (suffix, replacements) in Endings)
        {
            if (w.Length > suffix.Length + 2 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = w[..^suffix.Length];
                foreach (var replacement in replacements)
                {
                    yield return stem + replacement;
                }

                if (suffix is "ed" or "ing" && stem.Length > 2 && stem[^1] == stem[^2])
                {
                    yield return stem[..^1]; // snagged → snag
                }
            }
        }
    }

    // Folded (no accents): « é » is « e ». Longest endings first, so « ees » is tried before « s ».
    private static readonly (string Suffix, string[] Replacements)[] Endings =
    [
        ("issaient", ["ir"]), ("issent", ["ir"]), ("aient", ["er"]), ("ees", ["er"]), ("ies", ["y"]),
        ("ent", ["er", ""]), ("ant", ["er", "ir"]), ("ait", ["er"]), ("ing", ["", "e"]), ("ee", ["er", "e"]),
        ("es", ["er", ""]), ("aux", ["al"]), ("ed", ["", "e"]), ("e", ["er"]),
    ];

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var file in _files)
        {
            file.Dispose();
        }
    }
}
