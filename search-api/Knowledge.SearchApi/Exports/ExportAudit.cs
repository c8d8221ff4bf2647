using System.Security.Claims;
using Knowledge.Generators.Exports;
using Knowledge.SearchApi.Security;
using Knowledge.Worker.Safeguarding;

namespace Knowledge.SearchApi.Exports;

/// <summary>
/// Every export is a line of the safeguarding audit log: who (the key's or account's name, or
/// <c>anonymous</c>), with which role, the format and how many rows or references left. The search
/// text is not recorded: it is the reader's words, not flagged text, but it can still say more about
/// a case than the log needs; the format, the counts and what was exported (a search, or the sources
/// of a generated document's kind) are enough to answer "who took what out, and when".
/// </summary>
internal static class ExportAudit
{
    public const string Action = "export";

    public static void Record(ReviewStore store, ClaimsPrincipal user, string source, ExportFormat format, EvidenceExport export)
    {
        var signedIn = user.Identity?.IsAuthenticated == true && !string.IsNullOrEmpty(user.Identity.Name);
        store.Audit(signedIn ? user.Identity!.Name! : "anonymous", signedIn ? RoleOf(user) : ApiRoles.Reader, Action, detail: export.AuditDetail(source, format));
    }

    private static string RoleOf(ClaimsPrincipal user) =>
        user.IsInRole(ApiRoles.Admin) ? ApiRoles.Admin : user.IsInRole(ApiRoles.Editor) ? ApiRoles.Editor : ApiRoles.Reader;
}
