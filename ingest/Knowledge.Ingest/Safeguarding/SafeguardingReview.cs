using System.Security.Cryptography;
using System.Text;
using Knowledge.Core.Evidence;
using Knowledge.Core.Safeguarding;

namespace Knowledge.Ingest.Safeguarding;

/// <summary>An editor's decision on a flag, remembered across re-ingests and rebuilds.</summary>
/// <param name="DocumentId">The document the flagged span is in.</param>
/// <param name="Kind">The flag's kind.</param>
/// <param name="SpanKey">A hash of the span's text (<see cref="SafeguardingReview.SpanKey"/>): the text itself is never stored.</param>
/// <param name="Status">Confirmed (redact) or dismissed (show).</param>
public sealed record ReviewDecision(string DocumentId, SafeguardingKind Kind, string SpanKey, FlagStatus Status);

/// <summary>Where editors' decisions are looked up when a document is (re)ingested.</summary>
public interface IReviewDecisions
{
    /// <summary>The decision on a span of a document, or null when none was made.</summary>
    FlagStatus? Find(string documentId, SafeguardingKind kind, string spanKey);
}

/// <summary>
/// Applies detection and editors' decisions to findings: a dismissed span stays visible and is
/// not flagged again; a confirmed span is redacted in the text for good (its flag then points at
/// the placeholder); anything else stays pending, hidden from readers until reviewed.
/// </summary>
public static class SafeguardingReview
{
    /// <summary>The key a decision is stored under: SHA-256 of the span's text, white space folded.</summary>
    public static string SpanKey(string spanText)
    {
        var folded = string.Join(' ', spanText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folded)))[..32];
    }

    /// <summary>Flags <paramref name="finding"/> with <paramref name="detector"/> and applies the known decisions.</summary>
    public static Finding Flag(Finding finding, ChildIdentityDetector detector, IReviewDecisions? decisions)
    {
        var flags = detector.Detect(finding.Text);
        if (flags.Count == 0)
        {
            return finding;
        }

        var decided = flags.Select(f => decisions?.Find(finding.DocumentId, f.Kind, SpanKey(f.Text)) is { } status ? f with { Status = status } : f).ToList();
        return Redact(finding with { Safeguarding = decided });
    }

    /// <summary>Replaces every confirmed span of the text with the placeholder for good; idempotent.</summary>
    public static Finding Redact(Finding finding) =>
        Redaction.Replace(finding, f => f.Status == FlagStatus.Confirmed, Redaction.Placeholder(finding.Language));

    /// <summary>Records an editor's decision on flag <paramref name="index"/> of a finding and returns the finding as readers will now see it.</summary>
    public static Finding Decide(Finding finding, int index, FlagStatus status)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, finding.Safeguarding.Count);
        var flags = finding.Safeguarding.ToList();
        flags[index] = flags[index] with { Status = status };
        return Redact(finding with { Safeguarding = flags });
    }
}
