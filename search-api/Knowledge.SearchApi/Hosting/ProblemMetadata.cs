namespace Knowledge.SearchApi.Hosting;

/// <summary>The problem responses endpoints can give because of keys, declared once so OpenAPI shows them.</summary>
internal static class ProblemMetadata
{
    /// <summary>Open endpoints: 401 when <c>Knowledge:RequireReaderKey</c> is on and no valid key came.</summary>
    public static TBuilder ProducesReaderProblems<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblem(StatusCodes.Status401Unauthorized);

    /// <summary>Endpoints behind an editor or admin key: 401 without a valid key, 403 with a weaker one.</summary>
    public static TBuilder ProducesKeyProblems<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
}
