using System.Globalization;
using System.Text;

namespace Knowledge.Ingest.Tagging;

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
        var starts = new int[Math.Max(4, text.Length / 4)];
        var lengths = new int[starts.Length];
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsTokenChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsTokenChar(text[i]))
            {
                i++;
            }

            if (count == starts.Length)
            {
                Array.Resize(ref starts, count * 2);
                Array.Resize(ref lengths, count * 2);
            }

            starts[count] = start;
            lengths[count] = i - start;
            count++;
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
        Span<char> initial = raw.Length <= 1024 ? stackalloc char[raw.Length + 16] : new char[raw.Length + 16];
        var builder = new ValueBuilder(initial);
        var lastWasSpace = true;
        foreach (var c in raw)
        {
            if (c < 128)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v')
                {
                    if (!lastWasSpace)
                    {
                        builder.Append(' ');
                        lastWasSpace = true;
                    }

                    continue;
                }

                builder.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
                lastWasSpace = false;
                continue;
            }

            if (c < TableSize)
            {
                var folded = Table[c];
                if (folded.Length == 0)
                {
                    continue;
                }

                if (folded[0] == ' ')
                {
                    if (!lastWasSpace)
                    {
                        builder.Append(' ');
                        lastWasSpace = true;
                    }

                    continue;
                }

                builder.Append(folded);
                lastWasSpace = false;
                continue;
            }

            switch (c)
            {
                case '\u2018' or '\u2019' or '\u201B' or '\u2032' or '\u02BC' or '\u02B9':
                    builder.Append('\'');
                    break;
                case >= '\u2010' and <= '\u2015' or '\u2212':
                    builder.Append('-');
                    break;
                case >= '\u0300' and <= '\u036F':
                    // A combining accent from decomposed input: dropping it is the fold.
                    continue;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF':
                    continue;
                case '\u201C' or '\u201D' or '\u201E':
                    builder.Append('"');
                    break;
                default:
                    if (char.IsWhiteSpace(c))
                    {
                        if (!lastWasSpace)
                        {
                            builder.Append(' ');
                            lastWasSpace = true;
                        }

                        continue;
                    }

                    builder.Append(char.ToLowerInvariant(c));
                    break;
            }

            lastWasSpace = false;
        }

        return builder.ToString();
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

    private ref struct ValueBuilder
    {
        private Span<char> _buffer;
        private int _length;

        public ValueBuilder(Span<char> buffer)
        {
            _buffer = buffer;
            _length = 0;
        }

        public void Append(char c)
        {
            if (_length == _buffer.Length)
            {
                Grow();
            }

            _buffer[_length++] = c;
        }

        public void Append(string s)
        {
            foreach (var c in s)
            {
                Append(c);
            }
        }

        public override readonly string ToString() => new(_buffer[.._length]);

        private void Grow()
        {
            var bigger = new char[Math.Max(16, _buffer.Length * 2)];
            _buffer.CopyTo(bigger);
            _buffer = bigger;
        }
    }
}
