using System.Globalization;
using System.Text;

namespace Knowledge.Core.Taxonomy.Matching;

/// <summary>
/// A passage folded once for matching: lower case, diacritics stripped (é→e, œ→oe), typographic
/// apostrophes and dashes normalised to ' and -, whitespace runs collapsed to one space; then cut
/// into tokens (runs of letters and digits). Patterns are folded the same way, so "Côte d’Ivoire",
/// "cote d'Ivoire" and "COTE D IVOIRE" all give the tokens cote|d|ivoire.
/// </summary>
internal sealed class FoldedText
{
    // Latin-1 Supplement and Latin Extended-A/B folded once from Unicode decomposition, so the hot
    // path is one table look-up per character.
    private const int TableSize = 0x250;
    private static readonly string[] Table = BuildTable();
    private static readonly char[] AsciiTable = BuildAsciiTable();

    private FoldedText(string text, int[] starts, int[] lengths, int count)
    {
        Text = text;
        Starts = starts;
        Lengths = lengths;
        Count = count;
    }

    /// <summary>The folded text.</summary>
    public string Text { get; }

    /// <summary>Token start offsets in <see cref="Text"/>.</summary>
    public int[] Starts { get; }

    /// <summary>Token lengths.</summary>
    public int[] Lengths { get; }

    /// <summary>Number of tokens.</summary>
    public int Count { get; }

    public ReadOnlySpan<char> Token(int index) => Text.AsSpan(Starts[index], Lengths[index]);

    public int End(int index) => Starts[index] + Lengths[index];

    public bool IsNumber(int index)
    {
        foreach (var c in Token(index))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    public static FoldedText Create(string raw) => Create(raw.AsSpan());

    public static FoldedText Create(ReadOnlySpan<char> raw)
    {
        var text = Fold(raw);

        // Tokens: runs of letters and digits. One token per ~5 characters is typical prose; grow if not.
        var starts = new int[(text.Length / 5) + 8];
        var lengths = new int[starts.Length];
        var count = 0;
        var inToken = false;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var isToken = i < text.Length && IsTokenChar(text[i]);
            if (isToken == inToken)
            {
                continue;
            }

            if (isToken)
            {
                start = i;
            }
            else
            {
                if (count == starts.Length)
                {
                    Array.Resize(ref starts, count * 2);
                    Array.Resize(ref lengths, count * 2);
                }

                starts[count] = start;
                lengths[count] = i - start;
                count++;
            }

            inToken = isToken;
        }

        return new FoldedText(text, starts, lengths, count);
    }

    /// <summary>The index of the first token starting at or after <paramref name="offset"/>.</summary>
    public int FirstTokenAtOrAfter(int offset)
    {
        var index = Array.BinarySearch(Starts, 0, Count, offset);
        return index >= 0 ? index : ~index;
    }

    public static bool IsTokenChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    /// <summary>Folds text for matching; also used on patterns so both sides agree.</summary>
    public static string Fold(ReadOnlySpan<char> raw)
    {
        // Folding never more than doubles the length (œ→oe, þ→th), so one buffer of twice the input suffices.
        var rented = raw.Length > 1024 ? System.Buffers.ArrayPool<char>.Shared.Rent(raw.Length * 2) : null;
        Span<char> buffer = rented is null ? stackalloc char[2048] : rented;
        var n = 0;
        var lastWasSpace = true;
        foreach (var c in raw)
        {
            if (c < 128)
            {
                var a = AsciiTable[c];
                if (a == ' ')
                {
                    if (!lastWasSpace)
                    {
                        buffer[n++] = ' ';
                        lastWasSpace = true;
                    }

                    continue;
                }

                buffer[n++] = a;
                lastWasSpace = false;
                continue;
            }

            string folded;
            if (c < TableSize)
            {
                folded = Table[c];
            }
            else
            {
                folded = c switch
                {
                    '\u2018' or '\u2019' or '\u201B' or '\u2032' or '\u02BC' or '\u02B9' => "'",
                    >= '\u2010' and <= '\u2015' or '\u2212' => "-",
                    '\u201C' or '\u201D' or '\u201E' => "\"",

                    // Combining accents from decomposed input and zero-width marks: dropping them is the fold.
                    >= '\u0300' and <= '\u036F' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF' => string.Empty,
                    _ when char.IsWhiteSpace(c) => " ",
                    _ => null!,
                };
            }

            if (folded is null)
            {
                buffer[n++] = char.ToLowerInvariant(c);
                lastWasSpace = false;
                continue;
            }

            if (folded.Length == 0)
            {
                continue;
            }

            if (folded[0] == ' ')
            {
                if (!lastWasSpace)
                {
                    buffer[n++] = ' ';
                    lastWasSpace = true;
                }

                continue;
            }

            foreach (var f in folded)
            {
                buffer[n++] = f;
            }

            lastWasSpace = false;
        }

        var result = new string(buffer[..n]);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    private static char[] BuildAsciiTable()
    {
        var table = new char[128];
        for (var i = 0; i < 128; i++)
        {
            var c = (char)i;
            table[i] = c is '\t' or '\n' or '\r' or '\f' or '\v' or ' ' ? ' ' : char.ToLowerInvariant(c);
        }

        return table;
    }

    private static string[] BuildTable()
    {
        var table = new string[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            if (i < 128)
            {
                table[i] = char.ToLowerInvariant(c).ToString();
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                table[i] = " ";
                continue;
            }

            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var kept = new StringBuilder();
            foreach (var d in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                {
                    kept.Append(char.ToLowerInvariant(d));
                }
            }

            table[i] = kept.ToString();
        }

        // Letters with no decomposition that French and English text still writes.
        table['\u00C6'] = table['\u00E6'] = "ae";
        table['\u0152'] = table['\u0153'] = "oe";
        table['\u00DF'] = "ss";
        table['\u00D8'] = table['\u00F8'] = "o";
        table['\u0141'] = table['\u0142'] = "l";
        table['\u0110'] = table['\u0111'] = "d";
        table['\u00D0'] = table['\u00F0'] = "d";
        table['\u00DE'] = table['\u00FE'] = "th";
        table['\u0131'] = "i";
        table['\u00AD'] = string.Empty; // soft hyphen: invisible, never a word break
        table['\u00B4'] = "'";
        table['\u00AB'] = table['\u00BB'] = "\"";
        table['\u00A0'] = " ";
        return table;
    }
}
