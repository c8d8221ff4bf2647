using System.ComponentModel.DataAnnotations;

namespace Knowledge.Elasticsearch;

/// <summary>
/// Settings of the Elasticsearch engine, bound from <c>Knowledge:Elasticsearch</c>. Credentials are
/// either an API key or a user name and password, never both; none of them is ever logged.
/// </summary>
public sealed class ElasticsearchOptions : IValidatableObject
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Knowledge:Elasticsearch";

    /// <summary>Cluster address, e.g. <c>https://search.example.org:9200</c>.</summary>
    [Required]
    public Uri? Url { get; set; }

    /// <summary>Encoded API key sent as <c>Authorization: ApiKey …</c>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>User name for basic authentication.</summary>
    public string? Username { get; set; }

    /// <summary>Password for basic authentication.</summary>
    public string? Password { get; set; }

    /// <summary>PEM or DER file of the CA that signed the cluster's certificate (self-managed clusters).</summary>
    public string? CaCertificatePath { get; set; }

    /// <summary>Prefix of every index and alias the engine owns (<c>{prefix}-findings</c>, <c>{prefix}-documents</c>).</summary>
    [Required]
    [RegularExpression("^[a-z0-9][a-z0-9_-]{0,60}$", ErrorMessage = "IndexPrefix : minuscules, chiffres, '-' et '_' seulement (Elasticsearch refuse les majuscules dans les noms d'index).")]
    public string IndexPrefix { get; set; } = "knowledge";

    /// <summary>Largest bulk request body in bytes; a single larger finding is still sent alone.</summary>
    [Range(16 * 1024, 100 * 1024 * 1024)]
    public int BulkMaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Timeout of one HTTP attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of a request that failed with 502/503/504 or a connection error, and of bulk items refused with 429.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First back-off delay; later ones double, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Url is { } url && !url.IsAbsoluteUri)
        {
            yield return new ValidationResult("Url doit être une adresse absolue (http:// ou https://).", [nameof(Url)]);
        }
        else if (Url is { } abs && abs.Scheme is not ("http" or "https"))
        {
            yield return new ValidationResult("Url doit commencer par http:// ou https://.", [nameof(Url)]);
        }

        if (!string.IsNullOrEmpty(ApiKey) && !string.IsNullOrEmpty(Username))
        {
            yield return new ValidationResult("Choisir ApiKey ou Username/Password, pas les deux.", [nameof(ApiKey), nameof(Username)]);
        }

        if (!string.IsNullOrEmpty(Username) && string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("Password est requis avec Username.", [nameof(Password)]);
        }

        if (!string.IsNullOrEmpty(CaCertificatePath) && !File.Exists(CaCertificatePath))
        {
            yield return new ValidationResult($"CaCertificatePath : fichier introuvable ({CaCertificatePath}).", [nameof(CaCertificatePath)]);
        }
    }

    /// <summary>The cluster address without any user information, safe to show in logs and messages.</summary>
    public string SafeUrl => Url is null ? "(non configurée)" : Url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
}
