using Knowledge.Generators.Documents;
using Knowledge.Generators.Objectives;

namespace Knowledge.Generators.Toolkit;

/// <summary>
/// What a national plan or regional strategy established, as data rather than prose: its themes
/// and the quotes that describe each, its objectives with their cited baselines, its gaps and
/// causes, its targets. The generator fills it while it writes the document, so the tracker and
/// the deck show exactly the evidence the document quotes, never a second selection.
/// </summary>
internal sealed record Outline
{
    /// <summary>Country code (plan) or region code (strategy).</summary>
    public required string Scope { get; init; }

    public required IReadOnlyList<string> Countries { get; init; }

    public required int PeriodStart { get; init; }

    public required int PeriodEnd { get; init; }

    public required IReadOnlyList<string> Themes { get; init; }

    /// <summary>The evidence quoted per theme (the context or situation sections), in document order.</summary>
    public IReadOnlyList<OutlineTheme> Evidence { get; init; } = [];

    public IReadOnlyList<OutlineObjective> Objectives { get; init; } = [];

    public IReadOnlyList<QuotedEvidence> Causes { get; init; } = [];

    public IReadOnlyList<QuotedEvidence> Gaps { get; init; } = [];

    /// <summary>Decision-makers and institutions to target, in force on the document's date.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];
}

/// <summary>A theme with the quotes the document gives for it.</summary>
internal sealed record OutlineTheme(string Theme, long Findings, IReadOnlyList<QuotedEvidence> Quotes);

/// <summary>An objective and, when the evidence gives one, its baseline quoted verbatim.</summary>
internal sealed record OutlineObjective(StrategicObjective Objective, QuotedEvidence? Baseline, QuotedEvidence? Evidence = null);
