namespace Knowledge.Core.Evidence;

/// <summary>
/// The structure of a table finding, for generators and pages that render tables as tables:
/// its caption, its header row and the whole rows the finding holds, each cell in column order.
/// </summary>
public sealed record FindingTable
{
    /// <summary>The caption printed with the table ("Tableau 1 – …"), when there is one.</summary>
    public string? Caption { get; init; }

    /// <summary>The header row's cells, one per column (empty where a header cell is blank).</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>The body rows this finding holds, each with one cell per column.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; init; } = [];

    /// <summary>
    /// The paragraph of the report that says what the table shows (« Le tableau suivant présente, pour
    /// chaque région, la part des… », "Table 1 shows the share of…"), when one stands right beside it.
    /// Rows name their figures in a few header words; this is the table's legend in prose, searched
    /// with the table so that a question worded like the report finds the figures. It stays a finding
    /// of its own: it is never quoted as part of the table.
    /// </summary>
    public string? Introduction { get; init; }
}
