using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Knowledge.SearchApi.Search;

/// <summary>
/// The query string of <c>GET /api/search</c> (and of the search page), bound with
/// <c>[AsParameters]</c> so OpenAPI lists every parameter with its meaning. Numbers arrive as text
/// and are checked by <see cref="SearchRequestParser"/>, so a bad value gets a message naming the
/// parameter instead of the framework's bare 400.
/// </summary>
internal sealed record SearchRequest(
    [property: Description("Texte libre : mots, \"phrase exacte\", -exclure, OR entre deux termes / Free text: words, \"exact phrase\", -exclude, OR")]
    [property: FromQuery(Name = "q")]
    string? Q = null,
    [property: Description("Codes de thème (GET /api/taxonomy), répétables : OU entre eux / Theme codes, repeatable (OR)")]
    [property: FromQuery(Name = "theme")]
    string[]? Theme = null,
    [property: Description("Codes pays ISO 3166 alpha-2, répétables : OU entre eux / ISO alpha-2 country codes, repeatable (OR)")]
    [property: FromQuery(Name = "country")]
    string[]? Country = null,
    [property: Description("Codes de région (west-africa, ecowas, sahel…), étendus à leurs pays / Region codes, expanded to their member countries")]
    [property: FromQuery(Name = "region")]
    string[]? Region = null,
    [property: Description("Année de publication minimale, entier 1900-2100 / Earliest publication year, integer 1900-2100")]
    [property: FromQuery(Name = "yearFrom")]
    string? YearFrom = null,
    [property: Description("Année de publication maximale, entier 1900-2100 / Latest publication year, integer 1900-2100")]
    [property: FromQuery(Name = "yearTo")]
    string? YearTo = null,
    [property: Description("Type de passage : statistic, recommendation, legal, gap, context (répétable) / Finding kind, repeatable")]
    [property: FromQuery(Name = "kind")]
    string[]? Kind = null,
    [property: Description("Langue du passage : fr ou en (répétable) / Passage language: fr or en, repeatable")]
    [property: FromQuery(Name = "lang")]
    string[]? Lang = null,
    [property: Description("Type de document : country-overview, research-report, strategy, policy-brief, other (répétable) / Document kind, repeatable")]
    [property: FromQuery(Name = "documentKind")]
    string[]? DocumentKind = null,
    [property: Description("Tri : relevance (défaut), year (récents d'abord), year-asc / Order: relevance (default), year (newest first), year-asc")]
    [property: FromQuery(Name = "sort")]
    string? Sort = null,
    [property: Description("Page, à partir de 1 (défaut 1) / 1-based page number (default 1)")]
    [property: FromQuery(Name = "page")]
    string? Page = null,
    [property: Description("Résultats par page, 1 à 100 (défaut 20) / Hits per page, 1 to 100 (default 20)")]
    [property: FromQuery(Name = "pageSize")]
    string? PageSize = null);
