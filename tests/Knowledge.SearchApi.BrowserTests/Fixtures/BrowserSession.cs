using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Knowledge.SearchApi.BrowserTests.Fixtures;

/// <summary>One browser context with one page, recording every request the page makes.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly ConcurrentQueue<IRequest> _requests = new();
    private readonly ConcurrentQueue<IRequest> _finished = new();

    private BrowserSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        context.Request += (_, request) => _requests.Enqueue(request);
        context.RequestFinished += (_, request) => _finished.Enqueue(request);
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Every URL the page asked for since the session opened (or since <see cref="ClearRecording"/>).</summary>
    public IReadOnlyList<string> RequestedUrls => [.. _requests.Select(r => r.Url)];

    /// <summary>
    /// Requests to anywhere but <paramref name="origin"/> (e.g. <c>http://127.0.0.1:5111</c>). Inline
    /// <c>data:</c> URLs and the page's own <c>blob:</c> URLs fetch nothing from the network.
    /// </summary>
    public IReadOnlyList<string> RequestsOutside(string origin) =>
        [.. RequestedUrls.Where(u => !u.StartsWith(origin + "/", StringComparison.Ordinal)
            && !u.StartsWith("data:", StringComparison.Ordinal)
            && !u.StartsWith("blob:" + origin + "/", StringComparison.Ordinal))];

    /// <summary>The page's width in CSS pixels (<c>scrollWidth</c>), wider than the viewport when it scrolls sideways.</summary>
    public async Task<int> ScrollWidthAsync() => await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

    internal static async Task<BrowserSession> StartAsync(IBrowserContext context) =>
        new(context, await context.NewPageAsync());

    public void ClearRecording()
    {
        _requests.Clear();
        _finished.Clear();
    }

    /// <summary>
    /// Opens a page and waits for its load event; <see cref="WaitUntilState.NetworkIdle"/> where every
    /// request the page and its scripts make must have been seen (weights, origins).
    /// </summary>
    public async Task<IResponse> GotoAsync(string pathAndQuery, WaitUntilState until = WaitUntilState.Load)
    {
        var response = await Page.GotoAsync(pathAndQuery, new PageGotoOptions { WaitUntil = until });
        Assert.NotNull(response);
        return response;
    }

    /// <summary>
    /// What the recorded requests cost: bytes on the wire (encoded body plus headers, as the
    /// browser received them) and decoded body bytes, per resource.
    /// </summary>
    public async Task<PageWeight> WeighAsync()
    {
        var resources = new List<ResourceWeight>();
        foreach (var request in _finished)
        {
            var response = await request.ResponseAsync();
            if (response is null)
            {
                continue;
            }

            var sizes = await request.SizesAsync();
            var raw = request.Method == "HEAD" || response.Status is >= 300 and < 400 ? 0 : await BodyLengthAsync(response);
            var headers = await response.AllHeadersAsync();
            resources.Add(new ResourceWeight(
                request.Url,
                response.Status,
                headers.GetValueOrDefault("content-type") ?? "",
                headers.GetValueOrDefault("content-encoding") ?? "",
                sizes.ResponseBodySize + sizes.ResponseHeadersSize,
                raw));
        }

        return new PageWeight(resources);
    }

    /// <summary>
    /// The decoded body's length. A document the page navigated away from (the sign-in form before
    /// its redirect, say) no longer has its body in the browser: it counts its wire bytes only.
    /// </summary>
    private static async Task<long> BodyLengthAsync(Microsoft.Playwright.IResponse response)
    {
        try
        {
            return (await response.BodyAsync()).Length;
        }
        catch (Microsoft.Playwright.PlaywrightException ex) when (ex.Message.Contains("navigated away", StringComparison.Ordinal) || ex.Message.Contains("No resource with given identifier", StringComparison.Ordinal))
        {
            return 0;
        }
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}

public sealed record ResourceWeight(string Url, int Status, string ContentType, string ContentEncoding, long TransferredBytes, long RawBytes);

public sealed record PageWeight(IReadOnlyList<ResourceWeight> Resources)
{
    public long TransferredBytes => Resources.Sum(r => r.TransferredBytes);

    public long RawBytes => Resources.Sum(r => r.RawBytes);

    public override string ToString() =>
        $"{Resources.Count} ressources, {RawBytes:N0} o bruts, {TransferredBytes:N0} o transférés" + Environment.NewLine +
        string.Join(Environment.NewLine, Resources.Select(r =>
            $"  {r.Status} {r.Url} [{r.ContentType}; {(r.ContentEncoding.Length == 0 ? "non compressé" : r.ContentEncoding)}] {r.RawBytes:N0} o bruts, {r.TransferredBytes:N0} o transférés"));
}
