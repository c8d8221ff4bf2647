using System.ComponentModel.DataAnnotations;

namespace Knowledge.Generators.Exports;

/// <summary>
/// Limits of evidence exports (<c>Knowledge:Exports</c>). A table larger than a few thousand rows is
/// not read by anyone: past the cap the file says it was cut and the person narrows the search.
/// </summary>
public sealed class ExportOptions
{
    public const string Section = "Knowledge:Exports";

    /// <summary>Default cap on the findings of one export.</summary>
    public const int DefaultMaxRows = 5_000;

    /// <summary>
    /// Findings in one export at most (references: the documents behind them). The engines page no
    /// further than their 10,000-hit result window, so the cap cannot exceed it.
    /// </summary>
    [Range(1, 10_000, ErrorMessage = "Knowledge:Exports:MaxRows doit être compris entre 1 et 10000.")]
    public int MaxRows { get; set; } = DefaultMaxRows;
}
