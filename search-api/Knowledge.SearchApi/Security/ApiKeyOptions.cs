using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Knowledge.SearchApi.Security;

/// <summary>One API key: who holds it and what it may do.</summary>
public sealed class ApiKey
{
    /// <summary>Who the key was given to (shown in logs instead of the key).</summary>
    [Required(ErrorMessage = "Knowledge:ApiKeys : chaque clé demande un nom (Name).")]
    public string Name { get; set; } = string.Empty;

    /// <summary>The secret sent in <c>X-Api-Key</c>. Never logged.</summary>
    [Required]
    [MinLength(16, ErrorMessage = "Knowledge:ApiKeys : une clé doit compter au moins 16 caractères.")]
    public string Key { get; set; } = string.Empty;

    /// <summary><c>reader</c>, <c>editor</c> (uploads) or <c>admin</c> (runs and re-indexing); each includes the ones before.</summary>
    [Required]
    [RegularExpression("^(reader|editor|admin)$", ErrorMessage = "Knowledge:ApiKeys : le rôle doit valoir « reader », « editor » ou « admin ».")]
    public string Role { get; set; } = ApiRoles.Reader;

    // Keep the secret out of anything that prints the options.
    public override string ToString() => $"{Name} ({Role})";
}

/// <summary>API keys (<c>Knowledge:ApiKeys</c>) and whether search needs one (<c>Knowledge:RequireReaderKey</c>).</summary>
public sealed class ApiKeyOptions
{
    [ValidateEnumeratedItems]
    public IList<ApiKey> ApiKeys { get; } = [];

    /// <summary>When true, every <c>/api</c> endpoint needs at least a reader key; by default search is open.</summary>
    public bool RequireReaderKey { get; set; }
}

/// <summary>Roles, from least to most trusted.</summary>
public static class ApiRoles
{
    public const string Reader = "reader";
    public const string Editor = "editor";
    public const string Admin = "admin";

    /// <summary>The roles a key of <paramref name="role"/> holds (admin ⊃ editor ⊃ reader).</summary>
    public static IReadOnlyList<string> Including(string role) => role switch
    {
        Admin => [Admin, Editor, Reader],
        Editor => [Editor, Reader],
        _ => [Reader],
    };
}
