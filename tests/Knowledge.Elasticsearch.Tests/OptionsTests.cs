using System.ComponentModel.DataAnnotations;
using Knowledge.Core.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Knowledge.Elasticsearch.Tests;

public sealed class OptionsTests
{
    [Fact]
    public void Defaults_AreValid_OnceUrlIsSet()
    {
        var options = new ElasticsearchOptions { Url = new Uri("http://localhost:9200") };
        Assert.Empty(Validate(options));
        Assert.Equal("knowledge", options.IndexPrefix);
        Assert.Equal(5 * 1024 * 1024, options.BulkMaxBytes);
    }

    [Theory]
    [InlineData(nameof(ElasticsearchOptions.Url))]
    [InlineData(nameof(ElasticsearchOptions.IndexPrefix))]
    [InlineData(nameof(ElasticsearchOptions.BulkMaxBytes))]
    [InlineData(nameof(ElasticsearchOptions.MaxRetries))]
    [InlineData(nameof(ElasticsearchOptions.Password))]
    [InlineData(nameof(ElasticsearchOptions.ApiKey))]
    [InlineData(nameof(ElasticsearchOptions.CaCertificatePath))]
    public void BadSetting_IsReportedByName(string member)
    {
        var options = new ElasticsearchOptions { Url = new Uri("http://localhost:9200") };
        switch (member)
        {
            case nameof(ElasticsearchOptions.Url): options.Url = null; break;
            case nameof(ElasticsearchOptions.IndexPrefix): options.IndexPrefix = "Knowledge"; break;
            case nameof(ElasticsearchOptions.BulkMaxBytes): options.BulkMaxBytes = 10; break;
            case nameof(ElasticsearchOptions.MaxRetries): options.MaxRetries = 99; break;
            case nameof(ElasticsearchOptions.Password): options.Username = "elastic"; break;
            case nameof(ElasticsearchOptions.ApiKey): options.ApiKey = "k"; options.Username = "elastic"; options.Password = "p"; break;
            case nameof(ElasticsearchOptions.CaCertificatePath): options.CaCertificatePath = "/nonexistent/ca.crt"; break;
        }

        Assert.Contains(Validate(options), r => r.MemberNames.Contains(member));
    }

    [Fact]
    public async Task Registration_BindsKnowledgeElasticsearch_AndProvidesTheEngine()
    {
        await using var provider = Services(new()
        {
            ["Knowledge:Elasticsearch:Url"] = "http://search.internal:9200",
            ["Knowledge:Elasticsearch:IndexPrefix"] = "ecpat",
            ["Knowledge:Elasticsearch:BulkMaxBytes"] = "1048576",
        }).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<ElasticsearchOptions>>().Value;
        Assert.Equal(new Uri("http://search.internal:9200"), options.Url);
        Assert.Equal(1048576, options.BulkMaxBytes);
        var index = Assert.IsType<ElasticsearchEvidenceIndex>(provider.GetRequiredService<IEvidenceIndex>());
        Assert.Equal("ecpat-findings", index.FindingsAlias);
        Assert.Equal("elasticsearch", index.Engine);
    }

    [Fact]
    public async Task HostStart_WithoutUrl_FailsOnTheSettingName()
    {
        using var host = Host(new() { ["Knowledge:Elasticsearch:IndexPrefix"] = "k" });
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Url", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostStart_WithUnreachableCluster_FailsWithInjoignable()
    {
        // Port 1 on the loopback refuses connections at once: a real transport failure, no waiting.
        using var host = Host(new()
        {
            ["Knowledge:Elasticsearch:Url"] = "http://127.0.0.1:1",
            ["Knowledge:Elasticsearch:MaxRetries"] = "0",
        });
        var ex = await Assert.ThrowsAsync<ElasticsearchException>(() => host.StartAsync(TestContext.Current.CancellationToken));
        Assert.StartsWith("Elasticsearch injoignable à http://127.0.0.1:1/ : ", ex.Message, StringComparison.Ordinal);
    }

    private static List<ValidationResult> Validate(ElasticsearchOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    private static ServiceCollection Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddElasticsearchEvidenceIndex(configuration);
        return services;
    }

    private static IHost Host(Dictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new Microsoft.Extensions.Hosting.HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddElasticsearchEvidenceIndex(builder.Configuration);
        return builder.Build();
    }
}
