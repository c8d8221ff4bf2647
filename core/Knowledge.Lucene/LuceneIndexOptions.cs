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
}
