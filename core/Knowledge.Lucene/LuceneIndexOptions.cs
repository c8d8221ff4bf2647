using System.ComponentModel.DataAnnotations;

namespace Knowledge.Lucene;

/// <summary>Settings of the embedded index.</summary>
public sealed class LuceneIndexOptions
{
    /// <summary>The data folder; the index lives in its <c>index</c> sub-folder.</summary>
    [Required]
    public string DataPath { get; set; } = "data";

    /// <summary>Memory the writer fills before flushing a segment; larger is faster for bulk loads.</summary>
    [Range(8, 2048)]
    public double RamBufferMb { get; set; } = 64;

    /// <summary>
    /// From this many indexed entries on, a search runs over slices of segments on all cores;
    /// below it the second thread costs more than it saves.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int ParallelSearchThreshold { get; set; } = 50_000;
}
