using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Knowledge.Ingest.Pipeline;
using Knowledge.Worker.Ledger;
using Knowledge.Worker.Quarantine;
using Knowledge.Worker.Tests.Fixtures;

namespace Knowledge.Worker.Tests.Sweeping;

/// <summary>Files that unfold past the limits, and scans that waited for OCR, in the sweep.</summary>
public class BoundedExtractionTests
{
    [Fact]
    public async Task Sweep_ZipBomb_IsQuarantinedAndNotReadAgainUntilItChanges()
    {
        // Limits lowered so a small bomb passes them; the ingest tests use real-sized bombs.
        await using var bed = new WorkerBed(ingestOptions: new IngestOptions { MaxParagraphs = 1_000 });
        var bomb = Path.Combine(bed.Watched, "rapport.docx");
        await File.WriteAllBytesAsync(bomb, Paragraphs(5_000), TestContext.Current.CancellationToken);

        var run = await bed.SweepAsync();

        Assert.Equal(1, run.Counts.Failed);
        var quarantined = Path.Combine(bed.Options.QuarantinePath, "rapport.docx");
        Assert.True(File.Exists(quarantined));
        var reason = await File.ReadAllTextAsync(quarantined + QuarantineFolder.ReasonSuffix, TestContext.Current.CancellationToken);
        Assert.Contains("Raison : document trop volumineux une fois décompressé : plus de 1000 paragraphes (oversized)", reason, StringComparison.Ordinal);
        Assert.Equal(IngestReasonCodes.Oversized, Assert.Single(bed.Ledger.Quarantined()).Code);

        await bed.SweepAsync();
        await bed.SweepAsync(full: true);
        Assert.Equal(1, bed.Ingestor.Extractions);

        await File.WriteAllBytesAsync(quarantined, Paragraphs(5_001), TestContext.Current.CancellationToken);
        await bed.SweepAsync();
        Assert.Equal(2, bed.Ingestor.Extractions);
    }

    [Fact]
    public async Task Sweep_ScanRefusedForWantOfOcr_IsRetriedOnceOcrIsAvailable()
    {
        await using var bed = new WorkerBed();
        bed.Ingestor.OcrAvailableOverride = false;
        var waiting = await Quarantined(bed, "scan.md", "attente", IngestReasonCodes.OcrUnavailable, "aucune couche texte : document scanné ; OCR indisponible : installez le paquet tesseract-ocr");
        var legacy = await Quarantined(bed, "ancien.md", "ancien", "no-text", "aucune couche texte : document scanné, OCR nécessaire");
        await Quarantined(bed, "chiffre.md", "chiffre", "encrypted", "chiffré : mot de passe requis");

        await bed.SweepAsync();
        Assert.Equal(0, bed.Ingestor.Extractions);

        bed.Ingestor.OcrAvailableOverride = true;
        var run = await bed.SweepAsync();

        Assert.Equal(2, bed.Ingestor.Extractions);
        Assert.Equal(2, run.Counts.New);
        Assert.False(File.Exists(waiting));
        Assert.False(File.Exists(legacy));
        Assert.Equal("encrypted", Assert.Single(bed.Ledger.Quarantined()).Code);
    }

    private static async Task<string> Quarantined(WorkerBed bed, string name, string marker, string code, string reason)
    {
        var path = Corpus.Write(bed.Options.QuarantinePath, name, marker);
        var hash = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken)));
        var at = bed.Time.GetUtcNow();
        QuarantineFolder.WriteReason(path, path, code, reason, at);
        bed.Ledger.PutQuarantine(new QuarantineEntry(path, hash, path, code, reason, at));
        return path;
    }

    /// <summary>A Word package with <paramref name="count"/> one-word paragraphs, written part by part.</summary>
    private static byte[] Paragraphs(int count)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string content)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }

            Part("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Part("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Part("word/document.xml", """<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"""
                + string.Concat(Enumerable.Repeat("<w:p><w:r><w:t>mot</w:t></w:r></w:p>", count)) + "</w:body></w:document>");
        }

        return stream.ToArray();
    }
}
