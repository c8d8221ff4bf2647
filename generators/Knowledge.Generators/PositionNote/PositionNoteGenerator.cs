using Knowledge.Core.Evidence;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Evidence;
using Knowledge.Generators.Requests;

namespace Knowledge.Generators.PositionNote;

/// <summary>
/// A position note (policy brief, 2–4 pages) on one theme in one country. Each section quotes only
/// the roles it is about (figures and problems, laws, gaps, recommendations); quote counts are
/// capped so the note stays within four pages.
/// </summary>
internal static class PositionNoteGenerator
{
    public static async Task<DocumentDraft> GenerateAsync(GenerationContext cx, PositionNoteRequest request, CancellationToken ct)
    {
        var country = request.Country.ToUpperInvariant();
        var theme = request.Themes[0];
        IReadOnlyList<string> countries = [country];
        var args = new[] { ("theme", cx.Phrase(theme)), ("in", cx.In(country)), ("In", GenerationContext.Capitalize(cx.In(country))) };
        var total = await cx.CountAsync(new EvidenceFilter([theme], countries, []), ct);

        var doc = new BlockList();
        doc.H1(cx.T("note.key.heading"));
        doc.P(new TextRun(cx.T("note.key", args), Bold: true));
        doc.P(new FieldToComplete(cx.T("note.key.field")));
        if (total == 0)
        {
            doc.Gap(cx.T("note.none", args));
        }

        doc.H1(cx.T("note.problem.heading"));
        doc.Text(cx.N("note.problem.count", total, args));
        await cx.QuoteOrGapAsync(doc, EvidenceFilter.ForRoles([theme], countries, FindingRole.Statistic, FindingRole.Problem), 2, cx.T("note.problem.none", args), ct);
        var causes = await cx.QuotesAsync(EvidenceFilter.ForRoles([theme], countries, FindingRole.Cause, FindingRole.Consequence), 1, ct);
        if (causes.Count > 0)
        {
            doc.Text(cx.T("note.causes.intro"));
            foreach (var q in causes)
            {
                doc.Quote(q);
            }
        }

        doc.H1(cx.T("note.legal.heading"));
        await cx.QuoteOrGapAsync(doc, EvidenceFilter.ForRoles([theme], countries, FindingRole.Legal), 2, cx.T("note.legal.none", args), ct);
        doc.H1(cx.T("note.gaps.heading"));
        await cx.QuoteOrGapAsync(doc, EvidenceFilter.ForRoles([theme], countries, FindingRole.Gap), 2, cx.T("note.gaps.none", args), ct);

        doc.H1(cx.T("note.recommendations.heading"));
        var recommendations = await cx.QuotesAsync(EvidenceFilter.ForRoles([theme], countries, FindingRole.Recommendation), 2, ct);
        if (recommendations.Count > 0)
        {
            doc.Text(cx.T("note.recommendations.intro"));
            foreach (var q in recommendations)
            {
                doc.Quote(q);
            }
        }
        else
        {
            doc.Gap(cx.T("note.recommendations.none", args));
        }

        doc.Text(cx.T("note.asks.intro"));
        var asks = new List<IReadOnlyList<Inline>>();
        foreach (var code in new[] { "policy-makers", "donors" })
        {
            if (cx.Audiences.Find(code) is { } audience)
            {
                asks.Add([new TextRun(audience.Label.Get(cx.Language) + cx.T("common.colon"), Bold: true), new TextRun(audience.AskFor(cx.Phrase(theme), cx.Language))]);
            }
        }

        asks.Add([new FieldToComplete(cx.T("note.asks.field"))]);
        doc.Bullets(asks);

        doc.H1(cx.T("note.contact.heading"));
        doc.P(new FieldToComplete(cx.T("note.contact.field")));

        var title = cx.T("note.title", ("theme", cx.Label(theme)), ("country", cx.Label(country)));
        return new DocumentDraft(GeneratedKind.PositionNote, title, cx.T("note.subject"), [cx.Label(theme), cx.Label(country)], doc);
    }
}
