using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Knowledge.Elasticsearch.Transport;

/// <summary>
/// Trusts a server certificate that chains to one configured CA (a self-managed cluster's
/// <c>http_ca.crt</c>) without adding that CA to the machine's store. Host name checks still apply.
/// </summary>
internal sealed class CertificateAuthorityValidator(X509Certificate2 authority)
{
    public static X509Certificate2 Load(string path)
    {
        var text = File.ReadAllText(path);
        return text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal)
            ? X509Certificate2.CreateFromPem(text)
            : X509CertificateLoader.LoadCertificateFromFile(path);
    }

    public bool Validate(X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        // A wrong host name or a missing certificate is never excused by a custom CA.
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var leaf = new X509Certificate2(certificate);
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(leaf);
    }

    public static SocketsHttpHandler CreatePrimaryHandler(ElasticsearchOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            // Long-lived clients must still notice DNS changes when a cluster node moves.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = System.Net.DecompressionMethods.GZip | System.Net.DecompressionMethods.Deflate,
        };
        if (!string.IsNullOrEmpty(options.CaCertificatePath))
        {
            var validator = new CertificateAuthorityValidator(Load(options.CaCertificatePath));
            handler.SslOptions.RemoteCertificateValidationCallback = (_, cert, _, errors) => validator.Validate(cert, errors);
        }

        return handler;
    }
}
