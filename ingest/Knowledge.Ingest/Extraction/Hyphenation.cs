using System.Collections.Frozen;

namespace Knowledge.Ingest.Extraction;

/// <summary>
/// Joins a word split at a line end ("exploi-" / "tation") without breaking real compounds
/// ("peut-être", "Guinée-Bissau", "grand-mère"). The document's own vocabulary decides first:
/// if the joined word occurs elsewhere it is joined; if the hyphenated compound occurs elsewhere
/// it is kept. Otherwise French/English rules decide.
/// </summary>
internal sealed class Hyphenation
{
    // Words after a hyphen that make a compound, not a line-end split (French enclitics and
    // common second elements).
    private static readonly FrozenSet<string> KeepAfter = new[]
    {
        "être", "il", "ils", "elle", "elles", "on", "je", "tu", "nous", "vous", "ce", "là", "ci",
        "même", "mêmes", "y", "en", "moi", "toi", "lui", "leur", "leurs", "t", "dire", "delà", "dessus",
        "dessous", "clé", "clés", "cadre", "type", "types", "mère", "mères", "père", "pères",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // First elements that form compounds with a lower-case second element.
    private static readonly FrozenSet<string> KeepBefore = new[]
    {
        "peut", "c'est", "est", "vis", "au", "sous", "non", "ex", "anti", "grand", "grande", "arrière", "avant",
        "après", "demi", "mi", "semi", "post", "pré", "quasi", "socio", "extra", "multi", "inter", "co", "auto",
        "vice", "soi", "sud", "nord", "est", "ouest", "afro", "franco", "euro", "self", "well", "long", "short",
        "cross", "high", "low", "child", "de", "d", "bien", "mal", "porte", "sans", "contre", "entre",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly HashSet<string> _vocabulary;

    public Hyphenation(HashSet<string> vocabulary)
    {
        _vocabulary = vocabulary;
    }

    /// <summary>Collects the lower-cased words of a text into a vocabulary set.</summary>
    public static void AddWords(string text, HashSet<string> vocabulary)
    {
        foreach (var raw in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.Trim('.', ',', ';', ':', '!', '?', '(', ')', '«', '»', '"', '“', '”', '’', '\'');
            if (w.Length > 1)
            {
                vocabulary.Add(w.ToLowerInvariant());
            }
        }
    }

    /// <summary>Joins two consecutive lines of one paragraph.</summary>
    public string Join(string first, string second)
    {
        if (first.Length == 0)
        {
            return second;
        }

        if (second.Length == 0)
        {
            return first;
        }

        if (first.Length >= 2 && first[^1] == '-' && char.IsLetter(first[^2]))
        {
            var headStart = first.LastIndexOf(' ') + 1;
            var head = first[headStart..^1];
            var tailEnd = second.IndexOf(' ', StringComparison.Ordinal);
            var tail = tailEnd < 0 ? second : second[..tailEnd];
            return KeepHyphen(head, tail) ? first + second : first[..^1] + second;
        }

        // "2018-" / "2021": a range cut at the line end.
        if (first[^1] == '-' && first.Length >= 2 && char.IsDigit(first[^2]) && char.IsDigit(second[0]))
        {
            return first + second;
        }

        return first + " " + second;
    }

    private bool KeepHyphen(string head, string tail)
    {
        var tailWord = tail.TrimEnd('.', ',', ';', ':', '!', '?', ')', '»', '"').ToLowerInvariant();
        if (tailWord.Length == 0 || !char.IsLetter(tail[0]))
        {
            return true;
        }

        // "Guinée-Bissau", "Nord-Kivu", "Burkina-Faso": a capital after the hyphen is a compound.
        if (char.IsUpper(tail[0]))
        {
            return true;
        }

        var headLower = head.ToLowerInvariant();
        var joined = headLower + tailWord;
        var compound = headLower + "-" + tailWord;
        if (_vocabulary.Contains(compound) && !_vocabulary.Contains(joined))
        {
            return true;
        }

        if (_vocabulary.Contains(joined))
        {
            return false;
        }

        var lastPart = headLower.Contains('-', StringComparison.Ordinal) ? headLower[(headLower.LastIndexOf('-') + 1)..] : headLower;
        var apostrophe = lastPart.LastIndexOfAny(['\'', '’']);
        if (apostrophe >= 0)
        {
            lastPart = lastPart[(apostrophe + 1)..];
        }

        return KeepAfter.Contains(tailWord) || KeepBefore.Contains(lastPart) || KeepBefore.Contains(headLower);
    }
}
