namespace Knowledge.Core.Safeguarding;

/// <summary>
/// A span of a finding's text that may identify a child (a name near a victim word, an age with a
/// village, a phone number…). Readers never see a flagged span until an editor has reviewed it.
/// </summary>
/// <param name="Text">The flagged span as it stands in the finding's text.</param>
/// <param name="Start">Offset of the span in the finding's text.</param>
/// <param name="Length">Length of the span.</param>
/// <param name="Kind">What was detected.</param>
/// <param name="Reason">Why it was flagged, as a short code a reviewer's page explains (e.g. <c>name-near-child-word</c>).</param>
/// <param name="Status">Where the review stands.</param>
public sealed record SafeguardingFlag(string Text, int Start, int Length, SafeguardingKind Kind, string Reason, FlagStatus Status = FlagStatus.Pending)
{
    /// <summary>True while the span must stay hidden from readers and outputs: not yet reviewed, or confirmed.</summary>
    public bool Hides => Status != FlagStatus.Dismissed;
}

/// <summary>What kind of identifying detail a flag points at.</summary>
public enum SafeguardingKind
{
    /// <summary>A personal name near a child or victim word.</summary>
    Name,

    /// <summary>An age together with a locality, school, family detail or date.</summary>
    AgeWithDetail,

    /// <summary>A quoted first-person testimony attributed to a child or victim.</summary>
    Testimony,

    /// <summary>A phone number.</summary>
    Phone,

    /// <summary>An email address.</summary>
    Email,

    /// <summary>A case, file or complaint number.</summary>
    CaseNumber,

    /// <summary>A street address.</summary>
    Address,

    /// <summary>GPS coordinates.</summary>
    Coordinates,

    /// <summary>A photo caption naming or describing a child.</summary>
    PhotoCaption,
}

/// <summary>Where the review of a flag stands.</summary>
public enum FlagStatus
{
    /// <summary>Detected, not yet reviewed: hidden from readers and outputs.</summary>
    Pending,

    /// <summary>An editor confirmed it: the span is redacted for good in the indexed text.</summary>
    Confirmed,

    /// <summary>An editor dismissed it: the span is shown, and a re-ingest does not flag it again.</summary>
    Dismissed,
}

/// <summary>Wire codes of the safeguarding kinds and statuses, stable across versions.</summary>
public static class SafeguardingCodes
{
    /// <summary>The wire code of a kind, e.g. <c>age-with-detail</c>.</summary>
    public static string ToCode(this SafeguardingKind kind) => kind switch
    {
        SafeguardingKind.Name => "name",
        SafeguardingKind.AgeWithDetail => "age-with-detail",
        SafeguardingKind.Testimony => "testimony",
        SafeguardingKind.Phone => "phone",
        SafeguardingKind.Email => "email",
        SafeguardingKind.CaseNumber => "case-number",
        SafeguardingKind.Address => "address",
        SafeguardingKind.Coordinates => "coordinates",
        _ => "photo-caption",
    };

    /// <summary>The wire code of a status: <c>pending</c>, <c>confirmed</c> or <c>dismissed</c>.</summary>
    public static string ToCode(this FlagStatus status) => status switch
    {
        FlagStatus.Confirmed => "confirmed",
        FlagStatus.Dismissed => "dismissed",
        _ => "pending",
    };

    /// <summary>Parses a kind's wire code.</summary>
    public static bool TryParseKind(string? code, out SafeguardingKind kind)
    {
        foreach (var k in Enum.GetValues<SafeguardingKind>())
        {
            if (string.Equals(k.ToCode(), code, StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
