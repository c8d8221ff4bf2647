using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;
using Knowledge.Core.Search;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Requests;

namespace Knowledge.Generators.Rendering;

/// <summary>
/// What every Open XML output shares (DOCX, XLSX, PPTX): core and custom properties that record
/// the request, the index state and the date, and a byte-stable zip.
/// </summary>
internal static class PackageParts
{
    /// <summary>Zip entry time for every part (the DOS epoch): the real date lives in the core properties.</summary>
    private static readonly DateTimeOffset ZipEntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(stream);
    }

    /// <summary>
    /// System.IO.Packaging stamps each zip entry with the current time; rewriting the archive with a
    /// fixed time (same entry order, same compression) is what makes equal documents equal bytes.
    /// </summary>
    public static byte[] WithFixedZipTimestamps(byte[] package)
    {
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = ZipEntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }

    /// <summary>The core properties part: title, subject, keywords, language, provenance and dates.</summary>
    public static string CoreXml(string title, string subject, IEnumerable<string> keywords, string description, string language, DateTimeOffset createdAt)
    {
        const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string Dc = "http://purl.org/dc/elements/1.1/";
        const string DcTerms = "http://purl.org/dc/terms/";
        const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var created = createdAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        using (var xml = XmlWriter.Create(sb, new XmlWriterSettings { OmitXmlDeclaration = false }))
        {
            xml.WriteStartElement("cp", "coreProperties", Cp);
            xml.WriteAttributeString("xmlns", "dc", null, Dc);
            xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
            xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
            xml.WriteElementString("dc", "title", Dc, title);
            xml.WriteElementString("dc", "subject", Dc, subject);
            xml.WriteElementString("dc", "creator", Dc, "Knowledge");
            xml.WriteElementString("cp", "keywords", Cp, string.Join("; ", keywords));
            xml.WriteElementString("dc", "description", Dc, description);
            xml.WriteElementString("dc", "language", Dc, language == "en" ? "en-GB" : "fr-FR");
            foreach (var name in new[] { "created", "modified" })
            {
                xml.WriteStartElement("dcterms", name, DcTerms);
                xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
                xml.WriteString(created);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        // StringBuilder output declares utf-16; the part is written as UTF-8.
        return sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    /// <summary>One line for the description property: what regenerates the output.</summary>
    public static string Summary(string kind, IndexState state, DateTimeOffset createdAt, GenerationRequest request) => string.Create(
        CultureInfo.InvariantCulture,
        $"Knowledge {kind}; index {state.Engine} {state.Fingerprint} ({state.Documents} documents, {state.Findings} findings); created {createdAt.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}; request {RequestText.Json(request)}");

    /// <summary>The request and the index state as custom properties, to regenerate the output.</summary>
    public static Properties CustomProperties(string kind, GenerationRequest request, IndexState state)
    {
        const string FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
        var values = new (string Name, string Value)[]
        {
            ("KnowledgeKind", kind),
            ("KnowledgeRequest", RequestText.Json(request)),
            ("KnowledgeIndexEngine", state.Engine),
            ("KnowledgeIndexFingerprint", state.Fingerprint),
            ("KnowledgeIndexDocuments", state.Documents.ToString(CultureInfo.InvariantCulture)),
            ("KnowledgeIndexFindings", state.Findings.ToString(CultureInfo.InvariantCulture)),
        };
        var properties = new Properties();
        var pid = 2;
        foreach (var (name, value) in values)
        {
            properties.Append(new CustomDocumentProperty(new VTLPWSTR(value)) { FormatId = FormatId, PropertyId = pid++, Name = name });
        }

        return properties;
    }

    /// <summary>Text as XML may carry it: characters XML 1.0 forbids (stray control characters) are dropped.</summary>
    public static string XmlSafe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                sb.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                sb.Append(text, i, 2);
                i++;
            }
        }

        return sb.ToString();
    }
}
