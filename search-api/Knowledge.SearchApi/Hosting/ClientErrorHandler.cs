using Microsoft.AspNetCore.Diagnostics;

namespace Knowledge.SearchApi.Hosting;

/// <summary>
/// A request the client got wrong is a 4xx problem+json wherever it is detected, never a 500: a body
/// over the size limit (413), a body cut short or malformed (400). Endpoints answer these themselves
/// when they can say more; this catches what escapes them.
/// </summary>
internal sealed class ClientErrorHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var lang = UserLanguage.Of(httpContext);
        var tooLarge = bad.StatusCode == StatusCodes.Status413PayloadTooLarge;
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = tooLarge
                    ? ApiText.Get(lang, "BodyTooLargeTitle")
                    : ApiText.Get(lang, "BodyMalformedTitle"),
                Detail = tooLarge
                    ? ApiText.Get(lang, "BodyTooLargeDetail")
                    : ApiText.Get(lang, "BodyMalformedDetail"),
            },
        });
    }
}
