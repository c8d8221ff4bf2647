using System.Globalization;
using System.Text.Json;
using Knowledge.Core.Taxonomy;
using Knowledge.Generators.Requests;

namespace Knowledge.Generators.Documents;

/// <summary>The request as recorded in a document: JSON for machines, lines for people.</summary>
internal static class RequestText
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string Json(GenerationRequest request) => JsonSerializer.Serialize(request, Options);

    public static IReadOnlyList<string> Describe(GenerationRequest request, EvidenceTaxonomy taxonomy, Audiences.AudienceCatalog audiences)
    {
        var en = request.Language == "en";
        string T(string fr, string e) => en ? e : fr;
        string L(string code) => taxonomy.LabelOf(code, request.Language);
        var lines = new List<string>();
        switch (request)
        {
            case MessagesRequest m:
                if (m.Country is not null)
                {
                    lines.Add(T("Pays : ", "Country: ") + L(m.Country));
                }

                if (m.Region is not null)
                {
                    lines.Add(T("Région : ", "Region: ") + L(m.Region));
                }

                lines.Add(T("Public : ", "Audience: ") + (audiences.Find(m.Audience)?.Label.Get(request.Language) ?? m.Audience));
                break;
            case RegionalStrategyRequest s:
                lines.Add(T("Région : ", "Region: ") + L(s.Region));
                lines.Add(T("Période : ", "Period: ") + Period(s.PeriodStart, s.PeriodEnd));
                break;
            case NationalPlanRequest n:
                lines.Add(T("Pays : ", "Country: ") + L(n.Country));
                lines.Add(T("Période : ", "Period: ") + Period(n.PeriodStart, n.PeriodEnd));
                break;
            case PositionNoteRequest p:
                lines.Add(T("Pays : ", "Country: ") + L(p.Country));
                break;
        }

        lines.Add(T("Thèmes : ", "Themes: ") + (request.Themes.Count == 0
            ? T("les mieux documentés par la base", "those best covered by the evidence base")
            : string.Join(", ", request.Themes.Select(L))));
        if (request.EvidenceFromYear is { } year)
        {
            lines.Add(T("Constats publiés depuis : ", "Evidence published since: ") + year.ToString(CultureInfo.InvariantCulture));
        }

        lines.Add(T("Langue : ", "Language: ") + (en ? "English" : "français"));
        return lines;
    }

    public static string Period(int start, int end) => string.Create(CultureInfo.InvariantCulture, $"{start}–{end}");
}
