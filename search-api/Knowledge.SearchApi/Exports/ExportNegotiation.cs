using Knowledge.Generators.Exports;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Knowledge.SearchApi.Exports;

/// <summary>
/// Which file an export request gets. <c>format=</c> decides; without it, the first format the
/// <c>Accept</c> header names explicitly. An unknown <c>format</c> value is a bad parameter (400, like
/// any other); an <c>Accept</c> header that rules the chosen format out, or names none of the
/// formats, is 406. Both name the accepted formats, and neither ever falls back to JSON.
/// </summary>
internal static class ExportNegotiation
{
    public static (ExportFormat? Format, Results<ValidationProblem, ProblemHttpResult>? Refusal) Choose(HttpRequest request, string? format, IReadOnlyList<ExportFormat> allowed, string lang)
    {
        var ranges = AcceptRanges(request);
        if (!string.IsNullOrWhiteSpace(format))
        {
            if (!ExportFormats.TryParse(format, out var chosen) || !allowed.Contains(chosen))
            {
                var shown = format.Length > 40 ? format[..40] + "…" : format;
                return (null, TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { ["format"] = [ExportLabels.Format("FormatUnknown", lang, shown, Accepted(allowed))] },
                    title: ExportLabels.Get("InvalidSearch", lang)));
            }

            return ranges.Count == 0 || ranges.Any(r => Satisfies(r, chosen))
                ? (chosen, null)
                : (null, NotAcceptable(request, allowed, lang));
        }

        // No format=: an Accept header that names one exactly chooses it. Wildcards and bare
        // application/json choose nothing: CSL-JSON is never handed out as "some JSON" by default.
        foreach (var range in ranges.OrderByDescending(r => r.Quality ?? 1D))
        {
            foreach (var candidate in allowed)
            {
                if (string.Equals(range.MediaType.Value, candidate.MediaType(), StringComparison.OrdinalIgnoreCase))
                {
                    return (candidate, null);
                }
            }
        }

        return ranges.Count == 0 || ranges.All(r => r.MatchesAllTypes)
            ? (null, TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["format"] = [ExportLabels.Format("FormatMissing", lang, Accepted(allowed))] },
                title: ExportLabels.Get("InvalidSearch", lang)))
            : (null, NotAcceptable(request, allowed, lang));
    }

    /// <summary>"xlsx (application/vnd…sheet), csv (text/csv), …".</summary>
    public static string Accepted(IReadOnlyList<ExportFormat> allowed) =>
        string.Join(", ", allowed.Select(f => $"{f.Code()} ({f.MediaType()})"));

    private static ProblemHttpResult NotAcceptable(HttpRequest request, IReadOnlyList<ExportFormat> allowed, string lang)
    {
        var accept = request.Headers.Accept.ToString();
        return TypedResults.Problem(
            statusCode: StatusCodes.Status406NotAcceptable,
            title: ExportLabels.Get("NotAcceptableTitle", lang),
            detail: ExportLabels.Format("NotAcceptable", lang, accept.Length > 120 ? accept[..120] + "…" : accept, Accepted(allowed)));
    }

    /// <summary>The Accept header's media ranges, those refused with q=0 left out; empty when there is no header.</summary>
    private static List<MediaTypeHeaderValue> AcceptRanges(HttpRequest request)
    {
        var header = request.Headers.Accept;
        if (header.Count == 0 || string.IsNullOrWhiteSpace(header.ToString()))
        {
            return [];
        }

        return MediaTypeHeaderValue.TryParseList(header, out var parsed)
            ? [.. parsed.Where(r => r.Quality is null or > 0)]
            // An Accept header that does not parse names nothing we make.
            : [new MediaTypeHeaderValue("application/x-unparsable")];
    }

    private static bool Satisfies(MediaTypeHeaderValue range, ExportFormat format) =>
        new MediaTypeHeaderValue(format.MediaType()).IsSubsetOf(range);
}
