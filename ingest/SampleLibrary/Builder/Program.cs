using Knowledge.SampleLibrary.Builder.Docx;
using Knowledge.SampleLibrary.Builder.Manifest;
using Knowledge.SampleLibrary.Builder.Pdf;
using Knowledge.SampleLibrary.Builder.Sources;
using PdfSharp;
using PdfSharp.Fonts;

// Usage: dotnet run --project ingest/SampleLibrary/Builder -- <sources folder> <library folder>
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Knowledge.SampleLibrary.Builder <sources folder> <library folder>");
    return 2;
}

var (sourcesFolder, libraryFolder) = (args[0], args[1]);
if (!Directory.Exists(sourcesFolder))
{
    Console.Error.WriteLine($"sources folder not found: {sourcesFolder}");
    return 2;
}

// PDFsharp 6.5 is AGPL-3.0-only (earlier 6.x releases were MIT) and refuses to run until a
// license is chosen. This builder is a development tool that is not shipped or served; only the
// PDFs it writes are committed, and a program's output is not covered by its license.
PdfSharpLicense.SetAgplLicense();

try
{
    GlobalFontSettings.FontResolver = DejaVuFontResolver.Create();
}
catch (FileNotFoundException e)
{
    Console.Error.WriteLine(e.Message);
    return 3;
}

Directory.CreateDirectory(libraryFolder);
var sources = new List<ReportSource>();
foreach (var path in Directory.GetFiles(sourcesFolder, "*.md").Order(StringComparer.Ordinal))
{
    try
    {
        sources.Add(ReportSourceParser.Parse(path));
    }
    catch (SourceFormatException e)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
}

var duplicate = sources.GroupBy(s => s.OutputFile).FirstOrDefault(g => g.Count() > 1);
if (duplicate is not null)
{
    Console.Error.WriteLine($"two sources write {duplicate.Key}: {string.Join(", ", duplicate.Select(s => s.SourceFile))}");
    return 1;
}

foreach (var source in sources)
{
    var output = Path.Combine(libraryFolder, source.OutputFile);
    if (source.Format == OutputFormat.Docx)
    {
        DocxReportRenderer.Render(source, output);
    }
    else
    {
        using var renderer = new PdfReportRenderer(source);
        renderer.Render(output);
    }

    Console.WriteLine($"{source.SourceFile} -> {output} ({new FileInfo(output).Length / 1024} KiB)");
}

LibraryManifest.From(sources).Save(libraryFolder);
Console.WriteLine($"{sources.Count} documents, manifest {Path.Combine(libraryFolder, LibraryManifest.FileName)}");
return 0;
