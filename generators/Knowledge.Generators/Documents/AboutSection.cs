using System.Globalization;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Generators.Audiences;
using Knowledge.Generators.Requests;

namespace Knowledge.Generators.Documents;

/// <summary>
/// The closing "À propos de ce document" section: the request, the index state and the date, so
/// that anyone can regenerate the same document from the same index, plus the sources cited.
/// </summary>
internal static class AboutSection
{
    public static IEnumerable<Block> Blocks(
        GenerationRequest request, IndexState state, DateTimeOffset createdAt, IReadOnlyList<QuotedEvidence> quotes,
        EvidenceTaxonomy taxonomy, AudienceCatalog audiences)
    {
        var en = request.Language == "en";
        string T(string fr, string e) => en ? e : fr;
        var list = new BlockList();
        list.H1(T("À propos de ce document", "About this document"));
        list.Text(T(
            "Ce document a été assemblé automatiquement par Knowledge à partir de la base de connaissances. Chaque citation entre guillemets reproduit mot pour mot un constat indexé, avec sa source en note de bas de page ; le reste du texte est un modèle à adapter. Les champs surlignés sont à compléter par l'organisation membre.",
            "This document was assembled automatically by Knowledge from the evidence base. Every quotation reproduces an indexed finding word for word, with its source in a footnote; the rest of the text is a template to adapt. Highlighted fields are for the member organisation to complete."));
        list.H2(T("Demande", "Request"));
        list.Bullets(RequestText.Describe(request, taxonomy, audiences));
        list.H2(T("État de la base de connaissances", "State of the evidence base"));
        list.Bullets(
        [
            T("Moteur : ", "Engine: ") + state.Engine,
            T("Documents indexés : ", "Indexed documents: ") + state.Documents.ToString(CultureInfo.InvariantCulture),
            T("Constats indexés : ", "Indexed findings: ") + state.Findings.ToString(CultureInfo.InvariantCulture),
            T("Empreinte de l'index : ", "Index fingerprint: ") + state.Fingerprint,
            T("Date de génération : ", "Generated on: ") + createdAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        ]);
        list.H2(T("Sources citées", "Sources cited"));
        var sources = quotes
            .GroupBy(q => q.Source.DocumentId, StringComparer.Ordinal)
            .Select(g => g.First().Source.Citation)
            .Select(c => (c.Publisher is null ? "" : c.Publisher + ", ") + c.DocumentTitle + ", " + (c.Year?.ToString(CultureInfo.InvariantCulture) ?? T("s. d.", "n.d.")))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (sources.Count == 0)
        {
            list.Gap(T("Aucune source n'est citée : la base de connaissances ne contient aucun constat pour cette demande.", "No source is cited: the evidence base holds no finding for this request."));
        }
        else
        {
            list.Bullets(sources);
        }

        return list;
    }

    /// <summary>One line for the document properties' description.</summary>
    public static string Summary(GeneratedDocument document) => string.Create(
        CultureInfo.InvariantCulture,
        $"Knowledge {document.Kind}; index {document.IndexState.Engine} {document.IndexState.Fingerprint} ({document.IndexState.Documents} documents, {document.IndexState.Findings} findings); request {RequestText.Json(document.Request)}");
}
