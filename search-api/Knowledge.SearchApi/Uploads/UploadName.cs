using System.Globalization;
using System.Text;
using Knowledge.Worker.Sweeping;

namespace Knowledge.SearchApi.Uploads;

/// <summary>
/// The name an upload is stored under in the inbox, from the name it was sent with: composed
/// (NFC), without control, bidi or zero-width characters, without a path, bounded in bytes so any
/// file system takes it (with room for a " (n)" suffix and a temporary name), and ending in the
/// extension of the type its content was found to be, so a PDF is stored, swept and served as
/// <c>.pdf</c> whatever it was called. It never matches a sweep's ignore rules, or the sweep would
/// delete what the upload accepted.
/// </summary>
internal static class UploadName
{
    /// <summary>Longest stem in UTF-8 bytes: 255 (the usual limit) minus a dot, " (999)", ".docx" and a temporary suffix.</summary>
    public const int MaxStemBytes = 180;

    public static string For(string? sentName, UploadKind kind)
    {
        var extension = kind switch
        {
            UploadKind.Pdf => ".pdf",
            UploadKind.Docx => ".docx",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "only accepted types are stored"),
        };

        return WithExtension(sentName, extension);
    }

    /// <summary>A clean, bounded name ending in <paramref name="extension"/> (uploads, and download names of originals).</summary>
    public static string WithExtension(string? sentName, string extension)
    {
        var name = (sentName ?? string.Empty).Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = Clean(name.Normalize(NormalizationForm.FormC));

        // The sent extension goes: the detected type decides. A long "extension" is part of the name.
        var dot = name.LastIndexOf('.');
        if (dot > 0 && name.Length - dot <= 8)
        {
            name = name[..dot];
        }

        var stem = Bounded(name.Replace(".tmp-", ".tmp_", StringComparison.OrdinalIgnoreCase).Trim().TrimStart('.', '~', '$', ' ').TrimEnd('.', ' '));
        var stored = (stem.Length == 0 ? "document" : stem) + extension;
        return FolderSweeper.IsIgnoredName(stored) ? "document-" + stored : stored;
    }

    /// <summary>Drops control, format (bidi overrides, zero-width) and unassigned characters, and those no file system takes.</summary>
    private static string Clean(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var sb = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                continue;
            }

            if (rune.IsAscii && (invalid.Contains((char)rune.Value) || rune.Value is '<' or '>' or ':' or '"' or '|' or '?' or '*'))
            {
                sb.Append('_');
                continue;
            }

            sb.Append(rune.ToString());
        }

        return sb.ToString();
    }

    /// <summary>Cuts at a character boundary so the UTF-8 form fits <see cref="MaxStemBytes"/>.</summary>
    private static string Bounded(string stem)
    {
        if (Encoding.UTF8.GetByteCount(stem) <= MaxStemBytes)
        {
            return stem;
        }

        var sb = new StringBuilder();
        var bytes = 0;
        foreach (var element in EnumerateElements(stem))
        {
            var size = Encoding.UTF8.GetByteCount(element);
            if (bytes + size > MaxStemBytes)
            {
                break;
            }

            sb.Append(element);
            bytes += size;
        }

        return sb.ToString().TrimEnd('.', ' ');
    }

    private static IEnumerable<string> EnumerateElements(string text)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            yield return enumerator.GetTextElement();
        }
    }
}
