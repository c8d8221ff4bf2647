using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace Knowledge.SearchApi.Tests.Hosting;

/// <summary>A bad nested setting stops the server before it serves anything, and the message names the setting.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Knowledge:Ingest:Resilience:MaxRetries", "99",
        "DataAnnotation validation failed for 'IngestWorkerOptions.Resilience' members: 'MaxRetries' with the error: 'Knowledge:Ingest:Resilience:MaxRetries doit être compris entre 0 et 20.'.")]
    [InlineData("Knowledge:ApiKeys:0:Key", "12345",
        "DataAnnotation validation failed for 'ApiKeyOptions.ApiKeys[0]' members: 'Key' with the error: 'Knowledge:ApiKeys : une clé doit compter au moins 16 caractères.'.")]
    public void BadNestedSetting_StopsTheServerAtStartUp_NamingTheSetting(string key, string value, string expected)
    {
        var data = Path.Combine(Path.GetTempPath(), "knowledge-startup-" + Guid.NewGuid().ToString("N"));
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Knowledge:DataPath", data);
            b.UseSetting("Knowledge:LoadSampleLibrary", "false");
            b.UseSetting("Knowledge:Ingest:InProcess", "false");
            b.UseSetting("Knowledge:ApiKeys:0:Name", "ops");
            b.UseSetting("Knowledge:ApiKeys:0:Key", "0123456789abcdef0123");
            b.UseSetting(key, value);
        });

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(Unwrap(ex));
        Assert.Equal(expected, validation.Message);
    }

    [Fact]
    public void ThesaurusPathWithoutThesauri_StopsTheServerAtStartUp_NamingTheSetting()
    {
        var data = Path.Combine(Path.GetTempPath(), "knowledge-startup-" + Guid.NewGuid().ToString("N"));
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Knowledge:DataPath", data);
            b.UseSetting("Knowledge:LoadSampleLibrary", "false");
            b.UseSetting("Knowledge:Ingest:InProcess", "false");
            b.UseSetting("Knowledge:ThesaurusPath", data);
        });

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var refused = Assert.IsType<Knowledge.Core.Taxonomy.TaxonomyException>(Unwrap(ex));
        Assert.StartsWith($"Knowledge:ThesaurusPath « {data} » ne contient aucun thésaurus", refused.Message, StringComparison.Ordinal);
    }

    private static Exception Unwrap(Exception ex) => ex switch
    {
        OptionsValidationException or Knowledge.Core.Taxonomy.TaxonomyException => ex,
        AggregateException { InnerExceptions.Count: 1 } a => Unwrap(a.InnerExceptions[0]),
        { InnerException: { } inner } => Unwrap(inner),
        _ => ex,
    };
}
