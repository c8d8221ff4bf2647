using System.Net;
using System.Text;
using Knowledge.SearchApi.Tests.Uploads;

namespace Knowledge.SearchApi.Tests.Generation;

/// <summary>The toolkit endpoints share the generation limits, and a client asking for a file still gets its 429 as a problem, never a 500.</summary>
public class ToolkitLimitsTests
{
    [Fact]
    public async Task OverTheRateLimit_AClientAskingForXlsx_Gets429AsAJsonProblem()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var factory = new WorkerApiFactory(("Knowledge:Limits:GenerationPerMinute", "2"));
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        foreach (var path in new[] { "/api/generate/tracker", "/api/generate/deck", "/api/generate/tracker" })
        {
            var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
            request.Headers.TryAddWithoutValidation("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            last = await client.SendAsync(request, ct);
            statuses.Add(last.StatusCode);
        }

        // The first two are read (and refused as incomplete, or not producible for the deck); the third is over the limit.
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.NotAcceptable, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("application/problem+json", last!.Content.Headers.ContentType?.MediaType);
        Assert.Contains("réessayez dans", await last.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }
}
