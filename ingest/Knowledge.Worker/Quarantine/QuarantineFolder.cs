using System.Globalization;
using System.Text;

namespace Knowledge.Worker.Quarantine;

/// <summary>
/// <c>{data}/quarantine</c>: files that failed, each with a <c>&lt;file&gt;.raison.txt</c> beside it
/// that a person can read (French, then English). A file there is retried when its bytes change.
/// </summary>
public sealed class QuarantineFolder(string root)
{
    public const string ReasonSuffix = ".raison.txt";

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Moves a failed file into quarantine and writes its report; returns its new path.</summary>
    public string Quarantine(string path, string code, string reason, DateTimeOffset at)
    {
        Directory.CreateDirectory(Root);
        var target = FreeName(Path.GetFileName(path));
        File.Move(path, target);
        WriteReason(target, path, code, reason, at);
        return target;
    }

    /// <summary>Rewrites the report of a file already in quarantine (after a failed retry).</summary>
    public static void WriteReason(string quarantinedPath, string originalPath, string code, string reason, DateTimeOffset at)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Fichier : {originalPath}")
            .AppendLine(CultureInfo.InvariantCulture, $"Date : {at:yyyy-MM-dd HH:mm:ss} UTC")
            .AppendLine(CultureInfo.InvariantCulture, $"Raison : {reason} ({code})")
            .AppendLine("Que faire : corrigez ou remplacez le fichier ici même ; il sera relu au prochain passage dès que son contenu change.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"File: {originalPath}")
            .AppendLine(CultureInfo.InvariantCulture, $"Reason: {EnglishReason(code)} ({code})")
            .AppendLine("What to do: fix or replace the file in this folder; it is read again at the next sweep once its content changes.")
            .ToString();
        var reasonPath = quarantinedPath + ReasonSuffix;
        var temp = reasonPath + ".tmp-" + Guid.NewGuid().ToString("N");
        File.WriteAllText(temp, text, new UTF8Encoding(false));
        File.Move(temp, reasonPath, overwrite: true);
    }

    /// <summary>Takes a file back out of quarantine into <paramref name="folder"/> (after a successful retry).</summary>
    public string Release(string quarantinedPath, string folder)
    {
        Directory.CreateDirectory(folder);
        var target = FreeName(Path.GetFileName(quarantinedPath), folder);
        File.Move(quarantinedPath, target);
        File.Delete(quarantinedPath + ReasonSuffix);
        return target;
    }

    /// <summary>Files lying in quarantine (not their reports).</summary>
    public IEnumerable<string> Files() => Directory.Exists(Root)
        ? Directory.EnumerateFiles(Root).Where(f => !f.EndsWith(ReasonSuffix, StringComparison.Ordinal) && !f.Contains(".tmp-", StringComparison.Ordinal))
        : [];

    private string FreeName(string fileName, string? folder = null)
    {
        folder ??= Root;
        var candidate = Path.Combine(folder, fileName);
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var ext = Path.GetExtension(fileName);
        for (var i = 2; File.Exists(candidate); i++)
        {
            candidate = Path.Combine(folder, $"{stem} ({i}){ext}");
        }

        return candidate;
    }

    private static string EnglishReason(string code) => code switch
    {
        "timeout" => "reading took longer than the per-document time limit",
        "encrypted" => "the PDF is encrypted and no configured password opens it",
        "no-text" => "no usable passage: the document has no running text (scanned images?)",
        "unreadable" => "the file is damaged or not what its name says",
        "too-large" => "the file is larger than the configured limit",
        "oversized" => "the document unfolds past the limits once decompressed (a zip bomb?); it is not read again until it changes",
        "ocr-unavailable" => "scanned document and OCR is not installed; it is read again once it is",
        "ocr-timeout" => "OCR took longer than its time budget",
        "ocr-failed" => "OCR could not read any page",
        "io" => "the file could not be read from disk",
        _ => "the file could not be ingested",
    };
}
