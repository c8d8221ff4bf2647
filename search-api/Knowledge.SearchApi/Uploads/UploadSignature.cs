namespace Knowledge.SearchApi.Uploads;

/// <summary>What a file's first bytes say it is, whatever its name claims.</summary>
internal enum UploadKind
{
    Pdf,
    Docx,
    Executable,
    Other,
}

/// <summary>Tells an upload's type by content: PDF (<c>%PDF-</c>), DOCX (a zip holding <c>word/</c>), or a program.</summary>
internal static class UploadSignature
{
    private const int ZipScanBytes = 64 * 1024;

    public static async Task<UploadKind> DetectAsync(Stream content, CancellationToken cancellationToken)
    {
        var head = new byte[ZipScanBytes];
        var read = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        return Detect(head.AsSpan(0, read));
    }

    internal static UploadKind Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8) || head[..Math.Min(head.Length, 1024)].IndexOf("%PDF-"u8) >= 0 && !IsExecutable(head))
        {
            return UploadKind.Pdf;
        }

        if (IsExecutable(head))
        {
            return UploadKind.Executable;
        }

        // A Word package is a zip whose entries live under word/ (entry names are stored in clear in
        // the local headers, and [Content_Types].xml plus word/document.xml come first in practice).
        if (head.StartsWith("PK\u0003\u0004"u8) && head.IndexOf("word/"u8) >= 0)
        {
            return UploadKind.Docx;
        }

        return UploadKind.Other;
    }

    private static bool IsExecutable(ReadOnlySpan<byte> head) =>
        head.StartsWith("MZ"u8)                                  // Windows PE
        || head.StartsWith("\u007FELF"u8)                         // Linux ELF
        || head.StartsWith((ReadOnlySpan<byte>)[0xCF, 0xFA, 0xED, 0xFE]) // Mach-O 64
        || head.StartsWith((ReadOnlySpan<byte>)[0xCA, 0xFE, 0xBA, 0xBE]) // Mach-O universal / Java class
        || head.StartsWith("#!"u8);                              // script
}
