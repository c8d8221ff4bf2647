namespace Knowledge.Core.Evidence;

/// <summary>
/// The rhetorical role of a sentence of evidence: what an advocate would quote it for. A finding
/// carries the roles of its sentences, so a section can ask for "a recommendation" or "a law".
/// </summary>
public enum FindingRole
{
    /// <summary>Background: neither a harm, a figure, a cause, a law, a programme nor an ask.</summary>
    Context = 0,

    /// <summary>A harm or practice stated without a figure ("la pratique persiste").</summary>
    Problem,

    /// <summary>A problem or prevalence carried by a figure (rate, count, share).</summary>
    Statistic,

    /// <summary>A cause or risk factor ("en raison de la pauvreté", "driven by").</summary>
    Cause,

    /// <summary>A consequence for children ("abandon scolaire", "leads to").</summary>
    Consequence,

    /// <summary>A recommendation or ask.</summary>
    Recommendation,

    /// <summary>A legal provision: a law, code, decree or treaty named.</summary>
    Legal,

    /// <summary>A response or programme in place (services, projects, campaigns).</summary>
    Response,

    /// <summary>A gap: missing data, law, service or implementation.</summary>
    Gap,
}

/// <summary>One sentence (or list item) of a finding's text and its role.</summary>
/// <param name="Start">Offset of the sentence in <see cref="Finding.Text"/>.</param>
/// <param name="Length">Length of the sentence.</param>
/// <param name="Role">What the sentence says.</param>
public sealed record RoleSpan(int Start, int Length, FindingRole Role);

/// <summary>Wire codes of the roles (<c>problem</c>, <c>statistic</c>…), stable across versions.</summary>
public static class FindingRoles
{
    /// <summary>All roles.</summary>
    public static IReadOnlyList<FindingRole> All { get; } = Enum.GetValues<FindingRole>();

    /// <summary>The wire code of a role, e.g. <c>recommendation</c>.</summary>
    public static string ToCode(this FindingRole role) => role switch
    {
        FindingRole.Problem => "problem",
        FindingRole.Statistic => "statistic",
        FindingRole.Cause => "cause",
        FindingRole.Consequence => "consequence",
        FindingRole.Recommendation => "recommendation",
        FindingRole.Legal => "legal",
        FindingRole.Response => "response",
        FindingRole.Gap => "gap",
        _ => "context",
    };

    /// <summary>Parses a role code; false when the code is unknown.</summary>
    public static bool TryParse(string? code, out FindingRole role)
    {
        foreach (var r in All)
        {
            if (string.Equals(r.ToCode(), code, StringComparison.OrdinalIgnoreCase))
            {
                role = r;
                return true;
            }
        }

        role = FindingRole.Context;
        return false;
    }

    /// <summary>
    /// The role a finding's kind implies, for findings indexed before roles existed (they have no
    /// role spans until re-tagged).
    /// </summary>
    public static FindingRole FromKind(FindingKind kind) => kind switch
    {
        FindingKind.Statistic => FindingRole.Statistic,
        FindingKind.Recommendation => FindingRole.Recommendation,
        FindingKind.Legal => FindingRole.Legal,
        FindingKind.Gap => FindingRole.Gap,
        _ => FindingRole.Context,
    };
}
