using Knowledge.Worker.Quarantine;
using Knowledge.Worker.Runs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Knowledge.SearchApi.Pages.Admin;

/// <summary>Administration: ingestion runs, files in quarantine with their reasons, and a re-index button.</summary>
public sealed class IndexModel(IngestCoordinator coordinator, QuarantineFolder quarantine) : PageModel
{
    public IReadOnlyList<IngestRun> Runs { get; private set; } = [];

    public IReadOnlyList<QuarantinedFile> Quarantined { get; private set; } = [];

    public IngestRun? Current { get; private set; }

    /// <summary>What the last re-index request did: <c>started</c> or <c>busy</c>.</summary>
    [BindProperty(SupportsGet = true, Name = "reindex")]
    public string? Reindex { get; set; }

    public void OnGet()
    {
        Current = coordinator.Current;
        Runs = coordinator.Runs(20);
        Quarantined = [.. quarantine.Files().Select(QuarantinedFile.Read).OrderByDescending(f => f.At)];
    }

    /// <summary><c>POST /admin/reindex</c>: starts a sweep (or a full rebuild) now, as the API's re-index does.</summary>
    public IActionResult OnPostReindex([FromForm(Name = "full")] bool full)
    {
        var run = coordinator.TryStart("manual", full);
        return Redirect("/admin?reindex=" + (run is null ? "busy" : "started"));
    }
}

/// <summary>A file in quarantine and the reason written beside it (its French lines).</summary>
public sealed record QuarantinedFile(string Name, string Reason, string? Advice, DateTimeOffset? At)
{
    public static QuarantinedFile Read(string path)
    {
        var reasonPath = path + QuarantineFolder.ReasonSuffix;
        string reason = "", advice = "";
        DateTimeOffset? at = null;
        if (File.Exists(reasonPath))
        {
            foreach (var line in File.ReadLines(reasonPath))
            {
                if (line.StartsWith("Raison : ", StringComparison.Ordinal))
                {
                    reason = line["Raison : ".Length..];
                }
                else if (line.StartsWith("Que faire : ", StringComparison.Ordinal))
                {
                    advice = line["Que faire : ".Length..];
                }
                else if (line.StartsWith("Date : ", StringComparison.Ordinal)
                    && DateTimeOffset.TryParse(line["Date : ".Length..].Replace(" UTC", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d))
                {
                    at = d;
                }
            }
        }

        return new QuarantinedFile(Path.GetFileName(path), reason, advice.Length == 0 ? null : advice, at ?? new FileInfo(path).LastWriteTimeUtc);
    }
}
