using Knowledge.Core.Taxonomy;
using Knowledge.SearchApi.Uploads;
using Knowledge.Worker.Hosting;
using Knowledge.Worker.Runs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Knowledge.SearchApi.Pages.Documents;

/// <summary>
/// The editors' upload form posts here. The files go through the API's own upload path
/// (<see cref="UploadsApi.UploadAsync"/>: type by content, size limits, inbox, ingestion), and the
/// page shows what became of each one.
/// </summary>
public sealed class UploadModel(IngestCoordinator coordinator, IOptions<IngestWorkerOptions> options, EvidenceTaxonomy taxonomy) : PageModel
{
    public UploadView? Upload { get; private set; }

    public IActionResult OnGet() => Redirect("/documents");

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await UploadsApi.UploadAsync(HttpContext, coordinator, options, taxonomy, cancellationToken);
        Upload = result.Result switch
        {
            Ok<UploadResponse> ok => new UploadView(ok.Value!.Files, null, new Dictionary<string, string[]>()),
            Accepted<UploadResponse> queued => new UploadView(queued.Value!.Files, null, new Dictionary<string, string[]>()),
            ValidationProblem invalid => new UploadView([], invalid.ProblemDetails.Title, invalid.ProblemDetails.Errors.ToDictionary()),
            ProblemHttpResult problem => new UploadView(Refused(problem), problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title, new Dictionary<string, string[]>()),
            _ => new UploadView([], null, new Dictionary<string, string[]>()),
        };
        if (result.Result is ValidationProblem or ProblemHttpResult)
        {
            Response.StatusCode = result.Result is ProblemHttpResult p ? p.StatusCode : StatusCodes.Status400BadRequest;
        }
    }

    private static IReadOnlyList<UploadedFileDto> Refused(ProblemHttpResult problem) =>
        problem.ProblemDetails.Extensions.TryGetValue("files", out var files) && files is IEnumerable<RejectedUploadDto> rejected
            ? [.. rejected.Select(r => new UploadedFileDto(r.File, r.File, "rejected", null, 0, r.Code, r.Reason, null))]
            : [];

    /// <summary>
    /// The form is read (for the antiforgery check) before the handler runs, so the body limits of
    /// uploads are set on the request as it arrives, from the same settings as the API's.
    /// </summary>
    internal static void ApplyLimits(HttpContext context)
    {
        var limits = context.RequestServices.GetRequiredService<IOptions<IngestWorkerOptions>>().Value;
        var max = (limits.MaxUploadBytes * limits.MaxUploadFiles) + (1024 * 1024);
        if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = max;
        }

        context.Features.Set<Microsoft.AspNetCore.Http.Features.IFormFeature>(
            new Microsoft.AspNetCore.Http.Features.FormFeature(context.Request, new Microsoft.AspNetCore.Http.Features.FormOptions { MultipartBodyLengthLimit = max }));
    }
}
