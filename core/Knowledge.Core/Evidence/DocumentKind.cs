namespace Knowledge.Core.Evidence;

/// <summary>What kind of publication a source document is.</summary>
public enum DocumentKind
{
    /// <summary>Anything that fits no other kind.</summary>
    Other = 0,

    /// <summary>A country overview or country report (situation of one country).</summary>
    CountryOverview,

    /// <summary>A research report, study or assessment.</summary>
    ResearchReport,

    /// <summary>A strategy, strategic framework or action plan.</summary>
    Strategy,

    /// <summary>A policy brief, position note or advocacy paper.</summary>
    PolicyBrief,
}

/// <summary>What a finding says: the kind of evidence it carries.</summary>
public enum FindingKind
{
    /// <summary>Background or description with no figure, provision or ask.</summary>
    Context = 0,

    /// <summary>A passage carrying a figure: a count, rate, percentage or trend.</summary>
    Statistic,

    /// <summary>A recommendation or call to action.</summary>
    Recommendation,

    /// <summary>A legal provision, law, convention or policy instrument.</summary>
    Legal,

    /// <summary>A stated gap: missing data, law, service or implementation.</summary>
    Gap,
}

/// <summary>Wire codes (kebab-case) for the evidence enums, stable across versions.</summary>
public static class EvidenceCodes
{
    /// <summary>The wire code of a document kind, e.g. <c>country-overview</c>.</summary>
    public static string ToCode(this DocumentKind kind) => kind switch
    {
        DocumentKind.CountryOverview => "country-overview",
        DocumentKind.ResearchReport => "research-report",
        DocumentKind.Strategy => "strategy",
        DocumentKind.PolicyBrief => "policy-brief",
        _ => "other",
    };

    /// <summary>The wire code of a finding kind, e.g. <c>statistic</c>.</summary>
    public static string ToCode(this FindingKind kind) => kind switch
    {
        FindingKind.Statistic => "statistic",
        FindingKind.Recommendation => "recommendation",
        FindingKind.Legal => "legal",
        FindingKind.Gap => "gap",
        _ => "context",
    };

    /// <summary>All document kinds with their codes.</summary>
    public static IReadOnlyList<DocumentKind> DocumentKinds { get; } = Enum.GetValues<DocumentKind>();

    /// <summary>All finding kinds with their codes.</summary>
    public static IReadOnlyList<FindingKind> FindingKinds { get; } = Enum.GetValues<FindingKind>();

    /// <summary>Parses a document kind code; false when the code is unknown.</summary>
    public static bool TryParseDocumentKind(string? code, out DocumentKind kind)
    {
        foreach (var k in DocumentKinds)
        {
            if (string.Equals(k.ToCode(), code, StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        kind = DocumentKind.Other;
        return false;
    }

    /// <summary>Parses a finding kind code; false when the code is unknown.</summary>
    public static bool TryParseFindingKind(string? code, out FindingKind kind)
    {
        foreach (var k in FindingKinds)
        {
            if (string.Equals(k.ToCode(), code, StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        kind = FindingKind.Context;
        return false;
    }
}
