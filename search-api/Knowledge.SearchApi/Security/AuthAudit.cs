namespace Knowledge.SearchApi.Security;

/// <summary>
/// The audit trail of API key use: who (the key's name, never the key), from which address, on
/// which path, when. One category (<c>Knowledge.SearchApi.Security.AuthAudit</c>) so it can be
/// routed to its own sink and extended by safeguarding (who read which flagged passage).
/// </summary>
internal sealed partial class AuthAudit(ILogger<AuthAudit> logger, TimeProvider time)
{
    public void Succeeded(string keyName, string role, string address, string method, PathString path) =>
        LogSucceeded(logger, keyName, role, address, method, Clip(path), time.GetUtcNow());

    public void Failed(string address, string method, PathString path) =>
        LogFailed(logger, address, method, Clip(path), time.GetUtcNow());

    public void Throttled(string address, string method, PathString path) =>
        LogThrottled(logger, address, method, Clip(path), time.GetUtcNow());

    /// <summary>The path as logged: bounded, one line.</summary>
    private static string Clip(PathString path)
    {
        var value = path.Value ?? "/";
        value = string.Concat(value.Where(c => !char.IsControl(c)));
        return value.Length > 200 ? value[..200] + "…" : value;
    }

    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Authentification réussie : clé « {KeyName} » ({Role}), adresse {Address}, {Method} {Path}, {At:O}")]
    private static partial void LogSucceeded(ILogger logger, string keyName, string role, string address, string method, string path, DateTimeOffset at);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Authentification refusée : clé API inconnue, adresse {Address}, {Method} {Path}, {At:O}")]
    private static partial void LogFailed(ILogger logger, string address, string method, string path, DateTimeOffset at);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Authentification bloquée : trop de clés erronées depuis l'adresse {Address}, {Method} {Path}, {At:O}")]
    private static partial void LogThrottled(ILogger logger, string address, string method, string path, DateTimeOffset at);
}
