using System.Text.RegularExpressions;
using Knowledge.Ingest.Extraction;
using Knowledge.Ingest.Tagging;

namespace Knowledge.Ingest.Passages;

/// <summary>
/// Takes out the blocks that are not evidence before passages are cut, by rules a reviewer can
/// read:
/// <list type="bullet">
/// <item>labels: a paragraph of at most three words, or at most six words all in capitals, that
/// does not end a sentence ("STRATÉGIE", "APERÇU PAYS", "RESEARCH REPORT", a stray "Fréquence"),
/// and on a cover (the blocks before the body's first full paragraph, when all of them are such
/// lines) any line of at most 15 words that is neither a sentence nor a "label : value" line
/// (subtitle, publisher, date);</item>
/// <item>boilerplate: a short paragraph (at most 80 words) in the wording of a disclaimer, colophon
/// or rights notice, the kind every publication of an organisation repeats;</item>
/// <item>picture text: photo credits and image descriptions ("Photo : …", "© UNICEF/…",
/// "Image description: …"), and, on the cover or the first page, a short paragraph in the other
/// language than the document's body (the English description of a French report's cover).</item>
/// </list>
/// Headings, list items and tables are kept: they carry structure, not boilerplate.
/// </summary>
internal static partial class JunkFilter
{
    public static List<TextBlock> Clean(IReadOnlyList<TextBlock> blocks, out string bodyLanguage)
    {
        var language = BodyLanguage(blocks);
        bodyLanguage = language;
        var result = new List<TextBlock>(blocks.Count);

        // The cover and title page: everything before the first full paragraph of the body.
        var bodyStart = 0;
        while (bodyStart < blocks.Count && !(blocks[bodyStart].Kind == BlockKind.Paragraph && TextCleanup.CountWords(blocks[bodyStart].Text) >= 25))
        {
            bodyStart++;
        }

        // Cover lines go only when the whole cover is made of them: a first page of "Poste : …",
        // "Lieu : …" lines is the document's content, not its cover.
        var cover = bodyStart < blocks.Count && blocks.Take(bodyStart).All(b => b.Kind != BlockKind.Paragraph || b.Page > 2 || IsCoverLine(b.Text) || IsJunk(b.Text, false, b.Page == 1, language));
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind == BlockKind.Paragraph && IsJunk(b.Text, cover && i < bodyStart && b.Page <= 2, b.Page == 1, language))
            {
                continue;
            }

            result.Add(b);
        }

        return result;
    }

    internal static bool IsJunk(string text, bool frontMatter, bool onFirstPage, string bodyLanguage)
    {
        var words = TextCleanup.CountWords(text);
        if (words == 0)
        {
            return true;
        }

        var t = text.Trim();
        var endsSentence = EndsSentence(t);
        // Before the body starts, a short line that is not a sentence is a cover line: a title,
        // subtitle, publisher or date already kept as the document's metadata.
        if (!endsSentence && (words <= 3 || (words <= 6 && IsCapitals(t)) || (frontMatter && IsCoverLine(t))))
        {
            return true;
        }

        if (words <= 80 && Boilerplate().IsMatch(t))
        {
            return true;
        }

        if (words <= 60 && PictureText().IsMatch(t))
        {
            return true;
        }

        // A cover's image description: short, before the body starts, in the other language.
        return (frontMatter || onFirstPage) && words is >= 6 and <= 60 && LanguageDetector.Detect(t) != bodyLanguage;
    }

    /// <summary>A title, subtitle, publisher or date line: short, not a sentence, not a "label : value" line.</summary>
    private static bool IsCoverLine(string text) =>
        TextCleanup.CountWords(text) <= 15 && !EndsSentence(text.Trim()) && !text.Contains(':', StringComparison.Ordinal);

    private static bool EndsSentence(string t)
    {
        var end = t.TrimEnd('»', '”', '"', '\'', ')', ']', ' ', '\u00A0');
        return end.Length > 0 && ".!?:;…".Contains(end[^1], StringComparison.Ordinal);
    }

    /// <summary>The language of the body: the one most words of full paragraphs are written in, wherever they stand.</summary>
    internal static string BodyLanguage(IReadOnlyList<TextBlock> blocks)
    {
        int french = 0, english = 0;
        foreach (var b in blocks)
        {
            if (b.Kind is BlockKind.Paragraph or BlockKind.ListItem && TextCleanup.CountWords(b.Text) is var w && w >= 25)
            {
                if (LanguageDetector.Detect(b.Text) == "en")
                {
                    english += w;
                }
                else
                {
                    french += w;
                }
            }
        }

        if (french + english == 0)
        {
            return LanguageDetector.Detect(string.Join("\n", blocks.Select(b => b.Text)));
        }

        return english > french ? "en" : "fr";
    }

    private static bool IsCapitals(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 3;
    }

    // Disclaimers, colophons and rights notices, French and English.
    [GeneratedRegex(@"document d[’']exemple|sample document|les (?:opinions|points de vue|analyses) (?:exprim[ée]e?s|présentées?)|n[’']engagent que (?:leurs?|les) auteurs?|ne (?:refl[èe]tent|représentent) pas (?:nécessairement|forcément)|the (?:views|opinions) expressed|do(?:es)? not necessarily (?:reflect|represent)|tous droits réservés|all rights reserved|reproduction (?:est |en est )?autorisée|may be (?:freely )?reproduced|(?:citation suggérée|suggested citation|pour citer ce (?:document|rapport))\s*:|(?:ce|cette) (?:document|publication|rapport) a été (?:réalisée?|produite?|élaborée?|publiée?) (?:avec|grâce)|this (?:publication|document|report) (?:was|has been) (?:produced|made possible|prepared) with|\bISBN\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Boilerplate();

    // Photo credits and image descriptions.
    [GeneratedRegex(@"^(?:©|\(c\)\s|photo\s*(?:de couverture|de une)?\s*[:©–—-]|photos?\s*(?:credits?|crédits?)|cr[ée]dits?\s*photos?|cover (?:photo|image)\s*[:©–—-]|image\s*(?:description)?\s*[:–—-]|description de l[’']image|illustration\s*[:–—-]|alt\s*[:=])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PictureText();
}
