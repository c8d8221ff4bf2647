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
}
