using System.Text;

namespace Knowledge.Generators.Tests.Exports;

/// <summary>
/// A strict RFC 4180 reader for the tests: CRLF between records, fields separated by commas, a field
/// either plain (no comma, quote, CR or LF) or quoted with quotes doubled inside; every record the
/// same number of fields. Anything else throws, naming the offset.
/// </summary>
internal static class Rfc4180
{
    public static List<string[]> Read(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException($"unterminated quoted field at {i}");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                if (i < text.Length && text[i] is not (',' or '\r'))
                {
                    throw new FormatException($"text after a closing quote at {i}");
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r'))
                {
                    if (text[i] is '"' or '\n')
                    {
                        throw new FormatException($"unquoted field holds {(text[i] == '"' ? "a quote" : "a bare LF")} at {i}");
                    }

                    field.Append(text[i++]);
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            if (i < text.Length)
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    throw new FormatException($"bare CR at {i}");
                }

                i += 2;
            }

            records.Add([.. fields]);
            fields.Clear();
        }

        if (records.Select(r => r.Length).Distinct().Count() > 1)
        {
            throw new FormatException("records have different numbers of fields");
        }

        return records;
    }
}
