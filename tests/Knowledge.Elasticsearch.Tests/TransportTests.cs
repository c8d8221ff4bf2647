using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Knowledge.Elasticsearch.Tests.Fakes;
using Knowledge.Elasticsearch.Transport;
using Polly.CircuitBreaker;

namespace Knowledge.Elasticsearch.Tests;

public sealed class TransportTests
{
    [Fact]
    public async Task EveryRequest_AsksForCompatibleWith9_AndJsonBodiesDeclareIt()
    {
        await using var h = new Harness();
        await h.Index.UpsertDocumentAsync(Samples.Document(), Samples.Findings(1), TestContext.Current.CancellationToken);
        await h.Index.SearchAsync(new() { Text = "enfants" }, TestContext.Current.CancellationToken);

        var json = h.Fake.Requests.Where(r => !r.Path.EndsWith("/_bulk", StringComparison.Ordinal)).ToList();
        Assert.All(json, r => Assert.Equal("application/vnd.elasticsearch+json;compatible-with=9", r.Accept));
        Assert.All(json.Where(r => r.Body.Length > 0), r => Assert.Equal("application/vnd.elasticsearch+json;compatible-with=9", r.ContentType?.Replace(" ", "", StringComparison.Ordinal)));

        // The client sends bulk bodies as plain NDJSON, which every 9.x node takes.
        var bulk = Assert.Single(h.Fake.Requests, r => r.Path.EndsWith("/_bulk", StringComparison.Ordinal));
        Assert.Equal("application/x-ndjson", bulk.ContentType);
        Assert.All(h.Fake.Requests, r => Assert.Null(r.Authorization));
    }

    [Fact]
    public async Task ApiKey_IsSentAsApiKeyAuthorization()
    {
        await using var h = new Harness(o => o.ApiKey = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==");
        await h.Index.InitializeAsync(TestContext.Current.CancellationToken);
        Assert.All(h.Fake.Requests, r => Assert.Equal("ApiKey VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==", r.Authorization));
    }

    [Fact]
    public async Task UsernameAndPassword_AreSentAsBasicAuthorization()
    {
        await using var h = new Harness(o => { o.Username = "elastic"; o.Password = "s3cret:with:colons"; });
        await h.Index.InitializeAsync(TestContext.Current.CancellationToken);
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("elastic:s3cret:with:colons"));
        Assert.All(h.Fake.Requests, r => Assert.Equal(expected, r.Authorization));
    }

    [Fact]
    public async Task ProductCheck_ServerWithoutElasticHeader_FailsInFrench_WithTheUrl()
    {
        await using var h = new Harness();
        h.Fake.ProductHeader = null;
        var ex = await Assert.ThrowsAsync<ElasticsearchException>(() => h.Index.InitializeAsync(TestContext.Current.CancellationToken));
        Assert.StartsWith("Elasticsearch injoignable à http://es.test:9200/ : ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("X-Elastic-Product", ex.Message, StringComparison.Ordinal);
        Assert.Single(h.Fake.Requests);
    }

    [Fact]
    public async Task VersionCheck_Version7_IsRefused_SayingWhatToRun()
    {
        await using var h = new Harness();
        h.Fake.Version = "7.17.9";
        var ex = await Assert.ThrowsAsync<ElasticsearchException>(() => h.Index.SearchAsync(new(), TestContext.Current.CancellationToken));
        Assert.Contains("version 7.17.9 non prise en charge : Elasticsearch 9 ou plus est requis.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("docker compose -f docker/docker-compose.yml up -d elasticsearch", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VersionCheck_Elasticsearch8_RefusingTheClient_IsReportedAsTooOld_WithTheUpgradePath()
    {
        await using var h = new Harness();
        h.Fake.Version = "8.17.4";

        var ex = await Assert.ThrowsAsync<ElasticsearchException>(() => h.Index.InitializeAsync(TestContext.Current.CancellationToken));

        Assert.Equal(
            "Elasticsearch injoignable à http://es.test:9200/ : version 8.x ou plus ancienne non prise en charge : Elasticsearch 9 ou plus est requis. "
            + "Lancer Elasticsearch 9.5 (docker compose -f docker/docker-compose.yml up -d elasticsearch), ou migrer le cluster 8.x en passant par 8.19, "
            + "ou reconstruire l'index depuis les originaux (knowledge reindex --full) : voir docker/README.md.",
            ex.Message);
        Assert.Single(h.Fake.Requests);
    }

    [Fact]
    public async Task Client_RetriesThroughOurPipeline_WhenTheNodeAnswers503()
    {
        await using var h = new Harness(o => o.MaxRetries = 2);
        h.Fake.Failures.Enqueue(HttpStatusCode.ServiceUnavailable);
        h.Fake.Failures.Enqueue(HttpStatusCode.ServiceUnavailable);

        await h.Index.InitializeAsync(TestContext.Current.CancellationToken);

        // The client's transport does not retry on a single node: the three GET / come from Polly, below it.
        Assert.Equal(3, h.Fake.Requests.Count(r => r.Path == "/"));
    }

    [Fact]
    public async Task ProductCheck_Unauthorized_SaysWhichSettingsToCheck_WithoutLeakingThem()
    {
        await using var h = new Harness(o => o.ApiKey = "super-secret-key");
        h.Fake.Failures.Enqueue(HttpStatusCode.Unauthorized);
        var ex = await Assert.ThrowsAsync<ElasticsearchException>(() => h.Index.InitializeAsync(TestContext.Current.CancellationToken));
        Assert.Contains("accès refusé (HTTP 401)", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("super-secret-key", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SafeUrl_DropsUserInformation()
    {
        var options = new ElasticsearchOptions { Url = new Uri("https://elastic:hunter2@search.example.org:9243/") };
        Assert.Equal("https://search.example.org:9243/", options.SafeUrl);
    }

    [Fact]
    public async Task Pipeline_Retries502503504_ThenSucceeds()
    {
        var (client, fake) = Resilient(new ElasticsearchOptions { Url = new Uri("http://es.test:9200"), MaxRetries = 3, RetryBaseDelay = TimeSpan.Zero });
        fake.Failures.Enqueue(HttpStatusCode.BadGateway);
        fake.Failures.Enqueue(HttpStatusCode.ServiceUnavailable);
        fake.Failures.Enqueue(HttpStatusCode.GatewayTimeout);
        using (client)
        {
            using var response = await client.GetAsync(new Uri("http://es.test:9200/"), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(4, fake.Requests.Count);
    }

    [Fact]
    public async Task Pipeline_StopsAfterMaxRetries_AndNeverRetriesClientErrors()
    {
        var (client, fake) = Resilient(new ElasticsearchOptions { Url = new Uri("http://es.test:9200"), MaxRetries = 1, RetryBaseDelay = TimeSpan.Zero });
        using (client)
        {
            fake.Failures.Enqueue(HttpStatusCode.ServiceUnavailable);
            fake.Failures.Enqueue(HttpStatusCode.ServiceUnavailable);
            fake.Failures.Enqueue(HttpStatusCode.ServiceUnavailable);
            using var exhausted = await client.GetAsync(new Uri("http://es.test:9200/"), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, exhausted.StatusCode);
            Assert.Equal(2, fake.Requests.Count);

            fake.Failures.Clear();
            fake.Failures.Enqueue(HttpStatusCode.BadRequest);
            using var bad = await client.GetAsync(new Uri("http://es.test:9200/"), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal(3, fake.Requests.Count);
        }
    }

    [Fact]
    public async Task Pipeline_CircuitOpens_WhenTheClusterKeepsFailing_AndFailsFastThen()
    {
        var (client, fake) = Resilient(new ElasticsearchOptions { Url = new Uri("http://es.test:9200"), MaxRetries = 0, RetryBaseDelay = TimeSpan.Zero });
        using (client)
        {
            for (var i = 0; i < 30; i++)
            {
                fake.Failures.Enqueue(HttpStatusCode.ServiceUnavailable);
            }

            var opened = false;
            for (var i = 0; i < 30 && !opened; i++)
            {
                try
                {
                    using var _ = await client.GetAsync(new Uri("http://es.test:9200/"), TestContext.Current.CancellationToken);
                }
                catch (BrokenCircuitException)
                {
                    opened = true;
                }
            }

            Assert.True(opened, "the circuit breaker opened");
            var sent = fake.Requests.Count;
            await Assert.ThrowsAsync<BrokenCircuitException>(() => client.GetAsync(new Uri("http://es.test:9200/"), TestContext.Current.CancellationToken));
            Assert.Equal(sent, fake.Requests.Count);
        }
    }

    [Fact]
    public void CertificateAuthority_TrustsItsOwnLeaves_RejectsOthersAndNameMismatch()
    {
        using var caKey = RSA.Create(2048);
        using var ca = CreateCa("CN=Knowledge Test CA", caKey);
        using var otherKey = RSA.Create(2048);
        using var otherCa = CreateCa("CN=Other CA", otherKey);
        using var leaf = CreateLeaf(ca, caKey, "CN=es01");
        using var foreignLeaf = CreateLeaf(otherCa, otherKey, "CN=es01");
        var validator = new CertificateAuthorityValidator(ca);

        Assert.True(validator.Validate(leaf, SslPolicyErrors.RemoteCertificateChainErrors));
        Assert.False(validator.Validate(foreignLeaf, SslPolicyErrors.RemoteCertificateChainErrors));
        Assert.False(validator.Validate(leaf, SslPolicyErrors.RemoteCertificateChainErrors | SslPolicyErrors.RemoteCertificateNameMismatch));
        Assert.False(validator.Validate(null, SslPolicyErrors.RemoteCertificateNotAvailable));
        Assert.True(validator.Validate(foreignLeaf, SslPolicyErrors.None));
    }

    [Fact]
    public void CertificateAuthority_LoadsPem()
    {
        using var key = RSA.Create(2048);
        using var ca = CreateCa("CN=Pem CA", key);
        var path = Path.Combine(Path.GetTempPath(), $"ca-{Guid.NewGuid():N}.crt");
        File.WriteAllText(path, ca.ExportCertificatePem());
        try
        {
            using var loaded = CertificateAuthorityValidator.Load(path);
            Assert.Equal(ca.Thumbprint, loaded.Thumbprint);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static (HttpClient Client, FakeElasticsearch Fake) Resilient(ElasticsearchOptions options)
    {
        var fake = new FakeElasticsearch();
        var handler = new ResilienceHandler(ResilienceHandler.CreatePipeline(options, TimeProvider.System)) { InnerHandler = fake };
        return (new HttpClient(handler), fake);
    }

    private static X509Certificate2 CreateCa(string subject, RSA key)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddYears(1));
    }

    private static X509Certificate2 CreateLeaf(X509Certificate2 issuer, RSA issuerKey, string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        var serial = RandomNumberGenerator.GetBytes(8);
        var generator = X509SignatureGenerator.CreateForRSA(issuerKey, RSASignaturePadding.Pkcs1);
        return request.Create(issuer.SubjectName, generator, TimeProvider.System.GetUtcNow().AddHours(-1), TimeProvider.System.GetUtcNow().AddDays(30), serial);
    }
}
