using System.Text.RegularExpressions;
using Knowledge.Core.Evidence;
using Knowledge.Core.Safeguarding;

namespace Knowledge.Ingest.Safeguarding;

/// <summary>
/// Flags the spans of a passage that may identify a child: a personal name near a child or victim
/// word, an individual's age with a village, school, family detail or date, a quoted first-person
/// testimony attributed to a child, contact details (phone, email), case numbers, street addresses,
/// GPS coordinates and photo captions naming a child. Rules and lexicons only: no network, no model.
/// It errs towards flagging, since a flag costs a reviewer a click and a miss can cost a child.
/// Public figures in their public role (a title before the name), organisations, laws, authors in
/// citations and place names in policy context ("dans la région de Zinder") are left alone.
/// </summary>
public sealed partial class ChildIdentityDetector
{
    private const int NameWindow = 90;

    // Ages written out, as reports often do ("Aïcha, quatorze ans", "a fourteen-year-old girl"): up to 17.
    private const string AgeWordFr = "(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept)";
    private const string AgeWordEn = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)";

    private readonly SafeguardingLexicon _lexicon;
    private readonly Regex _childWord;
    private readonly Regex _testimonyVerb;

    /// <summary>The reason of the one flag set over a whole passage when detection ran out of time on it.</summary>
    public const string TimeoutReason = "detection-timeout";

    /// <summary>How long one lexicon pattern may run on one sentence by default.</summary>
    public static readonly TimeSpan DefaultMatchTimeout = TimeSpan.FromSeconds(1);

    /// <param name="lexicon">The word lists; the shipped one when null.</param>
    /// <param name="matchTimeout">How long one lexicon pattern may run on one sentence (default one second).</param>
    public ChildIdentityDetector(SafeguardingLexicon? lexicon = null, TimeSpan? matchTimeout = null)
    {
        _lexicon = lexicon ?? SafeguardingLexicon.Default;
        var timeout = matchTimeout ?? DefaultMatchTimeout;
        _childWord = WordAlternation(_lexicon.ChildWords, plurals: true, timeout);
        _testimonyVerb = WordAlternation(_lexicon.TestimonyVerbs, plurals: false, timeout);
    }

    /// <summary>
    /// The flags of <paramref name="text"/>, ordered by position, overlapping spans merged. When a
    /// pattern runs out of time the passage cannot be said to be safe: it gets one flag over its whole
    /// text (reason <see cref="TimeoutReason"/>), hidden from readers until an editor reviews it.
    /// </summary>
    public IReadOnlyList<SafeguardingFlag> Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return DetectSpans(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return text.Length == 0 ? [] : [new SafeguardingFlag(text, 0, text.Length, SafeguardingKind.Name, TimeoutReason)];
        }
    }

    private List<SafeguardingFlag> DetectSpans(string text)
    {
        var found = new List<SafeguardingFlag>();
        AddMatches(found, text, Email(), SafeguardingKind.Email, "email-address");
        AddMatches(found, text, InternationalPhone(), SafeguardingKind.Phone, "phone-number");
        AddMatches(found, text, LocalPhone(), SafeguardingKind.Phone, "phone-number", group: "n");
        AddMatches(found, text, CaseNumber(), SafeguardingKind.CaseNumber, "case-number");
        AddMatches(found, text, StreetAddress(), SafeguardingKind.Address, "street-address");
        AddMatches(found, text, DecimalCoordinates(), SafeguardingKind.Coordinates, "gps-coordinates");
        AddMatches(found, text, DmsCoordinates(), SafeguardingKind.Coordinates, "gps-coordinates");

        foreach (var (start, length) in Sentences.Split(text))
        {
            var sentence = text.Substring(start, length);
            DetectInSentence(found, text, sentence, start);
        }

        return Merge(found, text);
    }

    private void DetectInSentence(List<SafeguardingFlag> found, string text, string sentence, int offset)
    {
        var caption = PhotoCaption().Match(sentence);
        var ages = IndividualAges(sentence);
        var hasChildWord = _childWord.IsMatch(sentence) || ages.Count > 0;

        // Names: a first name from the lexicon, or any capitalised word shaped like a name next to
        // an age ("Aïcha, 14 ans") or introduced as one ("prénommée X", "named X").
        var names = Names(sentence, ages);
        foreach (var name in names)
        {
            var nearChild = name.BesideChild || (hasChildWord && WithinWindow(sentence, (name.Start, name.Length), ages));
            if (nearChild || caption.Success)
            {
                found.Add(Flag(text, offset + name.Start, name.Length, SafeguardingKind.Name, caption.Success ? "name-in-photo-caption" : "name-near-child-word"));
            }
        }

        if (caption.Success && (names.Count > 0 || hasChildWord))
        {
            found.Add(Flag(text, offset, sentence.Length, SafeguardingKind.PhotoCaption, "photo-caption-of-child"));
        }

        foreach (var age in ages)
        {
            var detail = NearestDetail(sentence, age);
            if (detail is { } d)
            {
                var start = Math.Min(age.Index, d.Start);
                var end = Math.Max(age.Index + age.Length, d.End);
                found.Add(Flag(text, offset + start, end - start, SafeguardingKind.AgeWithDetail, "age-with-" + d.What));
            }
        }

        foreach (Match quote in Quotation().Matches(sentence))
        {
            var inner = quote.Groups["q"].Value;
            // Attributed to a child: a child word in the sentence, or the speaker's age under 18 ("a domestic worker aged 15").
            if (CountWords(inner) >= 4 && FirstPerson().IsMatch(inner) && (hasChildWord || _testimonyVerb.IsMatch(sentence)) && (_childWord.IsMatch(sentence) || ages.Any(IsMinorAge)))
            {
                found.Add(Flag(text, offset + quote.Index, quote.Length, SafeguardingKind.Testimony, "first-person-testimony"));
            }
        }
    }

    private static bool IsMinorAge(Match age)
    {
        var digits = Digits().Match(age.Value);
        return !digits.Success || (int.TryParse(digits.Value, System.Globalization.CultureInfo.InvariantCulture, out var years) && years < 18);
    }

    private static List<Match> IndividualAges(string sentence)
    {
        var ages = new List<Match>();
        foreach (Match m in AgeFr().Matches(sentence))
        {
            ages.Add(m);
        }

        foreach (Match m in AgeEn().Matches(sentence))
        {
            var before = sentence[..m.Index].TrimEnd();
            var previous = LastWord().Match(before).Value;
            if (!PluralGroup().IsMatch(previous))
            {
                ages.Add(m);
            }
        }

        return ages;
    }

    private List<(int Start, int Length, bool BesideChild)> Names(string sentence, List<Match> ages)
    {
        var names = new List<(int, int, bool)>();
        foreach (Match m in CapitalisedWord().Matches(sentence))
        {
            var word = m.Value;
            var folded = SafeguardingLexicon.Fold(word);
            var inLexicon = _lexicon.FirstNames.Contains(folded);
            var introduced = NameIntroducer().IsMatch(sentence[..m.Index]);
            var besideAge = ages.Any(a => a.Index >= m.Index + m.Length && a.Index - (m.Index + m.Length) <= 3 && AgeAfterName().IsMatch(sentence[(m.Index + m.Length)..]));
            var appositive = IsAppositiveChild(sentence, m.Index + m.Length);

            // "Mme", "Dr": a title is not a name.
            if (_lexicon.PublicTitles.Contains(word))
            {
                continue;
            }

            // The second half of a compound place name ("Bobo-Dioulasso", "Saint-Louis") is not a first name.
            if (m.Index > 1 && sentence[m.Index - 1] == '-' && char.IsLetter(sentence[m.Index - 2]))
            {
                continue;
            }

            // A name the lexicon lacks still reads as one when it is set beside a child word ("Zouera,
            // une adolescente…", "la victime, Zouera,"), unless a preposition makes it a place ("À Niamey, un enfant…").
            var besideChildWord = AfterChildWord(sentence, m.Index, m.Index + m.Length);
            var shapedAsChildName = !inLexicon
                && (IsAppositiveChild(sentence, m.Index + m.Length, strict: true) || besideChildWord)
                && !PlacePreposition().IsMatch(sentence[..m.Index]);
            if (!inLexicon && !introduced && !besideAge && !shapedAsChildName)
            {
                continue;
            }

            var sentenceStart = sentence[..m.Index].Trim().Length == 0;
            if (_lexicon.AmbiguousNames.Contains(folded) && !introduced && !besideAge && !appositive && (sentenceStart || ages.Count == 0))
            {
                continue;
            }

            if (IsPublicOrCited(sentence, m))
            {
                continue;
            }

            // A surname may follow ("Aminata Traoré"): one more capitalised word that is not a title.
            var end = m.Index + m.Length;
            var next = FollowingCapitalised().Match(sentence, end);
            if (next.Success && next.Index == end && !IsOrganisationWord(next.Groups["w"].Value))
            {
                end = next.Index + next.Length;
            }

            // "Kofi Annan Foundation", "Centre Aïcha Koné": the whole name belongs to an organisation or a law.
            if (IsOrganisationWord(FirstWord().Match(sentence[end..]).Groups["w"].Value))
            {
                continue;
            }

            names.Add((m.Index, end - m.Index, appositive || besideChildWord));
        }

        return names;
    }

    // "Grace, a victim of trafficking", "Victoire, une fillette de…": the name is set beside a child word.
    // Strictly (for a word the lexicon lacks), the child word must open the apposition after its
    // article ("X, une adolescente"), so that "Bobo-Dioulasso, des adolescentes…" is not a name.
    private bool IsAppositiveChild(string sentence, int nameEnd, bool strict = false)
    {
        if (nameEnd >= sentence.Length || sentence[nameEnd] != ',')
        {
            return false;
        }

        if (strict)
        {
            var article = ArticleAfterComma().Match(sentence, nameEnd);
            var opened = _childWord.Match(sentence, article.Success ? article.Index + article.Length : nameEnd);
            return article.Success && opened.Success && opened.Index == article.Index + article.Length;
        }

        var child = _childWord.Match(sentence, nameEnd);
        return child.Success && child.Index - nameEnd <= 30;
    }

    // "la victime, Zouera, …", "the girl Abena", "la jeune Adjara": a child word with its article (or
    // "la jeune", "la petite") just before the name; set off by a comma, the name must be closed by
    // one too (an apposition), so that "la protection de l'enfant, Ministère…" is not a name.
    private bool AfterChildWord(string sentence, int nameStart, int nameEnd)
    {
        var before = sentence[..nameStart];
        if (YoungBefore().IsMatch(before))
        {
            return true;
        }

        var trimmed = before.TrimEnd();
        var comma = trimmed.EndsWith(',');
        if (comma && (nameEnd >= sentence.Length || sentence[nameEnd] != ','))
        {
            return false;
        }

        trimmed = trimmed.TrimEnd(',').TrimEnd();
        var child = _childWord.Match(trimmed, Math.Max(0, trimmed.Length - 20));
        while (child.Success)
        {
            if (child.Index + child.Length == trimmed.Length)
            {
                // "The Child Rights Act": a capitalised child word mid-sentence is part of a title.
                return !char.IsUpper(trimmed[child.Index]) && ArticleBefore().IsMatch(trimmed[..child.Index]);
            }

            child = child.NextMatch();
        }

        return false;
    }

    private bool IsOrganisationWord(string word) =>
        _lexicon.OrganisationWords.Contains(word) || (word.Length > 3 && word.EndsWith('s') && _lexicon.OrganisationWords.Contains(word[..^1]));

    private bool IsPublicOrCited(string sentence, Match name)
    {
        var before = sentence[..name.Index].TrimEnd();
        var previous = LastWord().Match(before).Value;
        if (_lexicon.PublicTitles.Contains(previous) || _lexicon.PublicTitles.Contains(previous.TrimEnd('.')))
        {
            return true;
        }

        var after = sentence[(name.Index + name.Length)..];
        var following = FirstWord().Match(after).Groups["w"].Value;
        if (IsOrganisationWord(following) || (before.Length > 0 && IsOrganisationWord(previous)))
        {
            return true;
        }

        // Authors in citations: "(Traoré, 2019)", "Diallo et al.", "Aminata (2020)", "Sow, A. (2018)".
        return CitationAfterName().IsMatch(after) || (before.EndsWith('(') && YearSoon().IsMatch(after));
    }

    private bool WithinWindow(string sentence, (int Start, int Length) name, List<Match> ages)
    {
        foreach (Match m in _childWord.Matches(sentence))
        {
            if (Math.Abs(m.Index - name.Start) <= NameWindow)
            {
                return true;
            }
        }

        return ages.Any(a => Math.Abs(a.Index - name.Start) <= NameWindow);
    }

    private static (int Start, int End, string What)? NearestDetail(string sentence, Match age)
    {
        (int, int, string)? best = null;
        var bestDistance = int.MaxValue;
        Consider(Locality(), "locality");
        Consider(School(), "school");
        Consider(Family(), "family");
        Consider(SpecificDate(), "date");
        return best;

        void Consider(Regex pattern, string what)
        {
            foreach (Match m in pattern.Matches(sentence))
            {
                var distance = m.Index > age.Index ? m.Index - (age.Index + age.Length) : age.Index - (m.Index + m.Length);
                if (distance < bestDistance)
                {
                    bestDistance = Math.Max(distance, 0);
                    best = (m.Index, m.Index + m.Length, what);
                }
            }
        }
    }

    private static void AddMatches(List<SafeguardingFlag> found, string text, Regex pattern, SafeguardingKind kind, string reason, string? group = null)
    {
        foreach (Match m in pattern.Matches(text))
        {
            var g = group is null ? m.Groups[0] : m.Groups[group];
            found.Add(Flag(text, g.Index, g.Length, kind, reason));
        }
    }

    private static SafeguardingFlag Flag(string text, int start, int length, SafeguardingKind kind, string reason)
    {
        while (length > 0 && char.IsWhiteSpace(text[start + length - 1]))
        {
            length--;
        }

        return new SafeguardingFlag(text.Substring(start, length), start, length, kind, reason);
    }

    /// <summary>One flag per place: where spans overlap, the widest stays, with the kind of the most specific detail.</summary>
    private static List<SafeguardingFlag> Merge(List<SafeguardingFlag> found, string text)
    {
        var ordered = found.Where(f => f.Length > 0).OrderBy(f => f.Start).ThenByDescending(f => f.Length).ToList();
        var merged = new List<SafeguardingFlag>();
        foreach (var f in ordered)
        {
            var last = merged.Count > 0 ? merged[^1] : null;
            if (last is not null && f.Start < last.Start + last.Length)
            {
                var end = Math.Max(last.Start + last.Length, f.Start + f.Length);
                if (end > last.Start + last.Length)
                {
                    merged[^1] = last with { Length = end - last.Start, Text = text[last.Start..end] };
                }

                continue;
            }

            merged.Add(f);
        }

        return merged;
    }

    private static int CountWords(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static Regex WordAlternation(IEnumerable<string> words, bool plurals, TimeSpan timeout)
    {
        var alternatives = string.Join("|", words.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));
        var suffix = plurals ? "(?:s|x)?" : "";
        return new Regex($@"(?<![\p{{L}}])(?:{alternatives}){suffix}(?![\p{{L}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, timeout);
    }

    [GeneratedRegex(@"[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}")]
    private static partial Regex Email();

    // +227 90 12 34 56, 00224 622 12 34 56, +233 24 123 4567, (+224) 622 12 34 56.
    [GeneratedRegex(@"(?<![\w+])(?:\(\s*(?:\+|00)\d{3}\s*\)\s?|(?:\+|00)\s?\d{3}[\s.-]?)\d{2,3}(?:[\s.-]?\d{2,4}){2,4}(?!\d)")]
    private static partial Regex InternationalPhone();

    // A local number only with a word that says it is one: "Tél. : 90 12 34 56", "WhatsApp 622 12 34 56", "Tel: 076 12 3456".
    [GeneratedRegex(@"(?i:t[ée]l(?:[ée]phone)?\.?|phone|mobile|portable|cellulaire|whatsapp|joignable au|num[ée]ro)\s*:?\s*(?<n>\d{2,4}(?:[\s.-]\d{2,4}){2,4})(?!\d)")]
    private static partial Regex LocalPhone();

    // "dossier n° 2021/145", "affaire RG n° 123", "case no. 45-2021", "PV n°12/CB", "file number 2020-0031".
    [GeneratedRegex(@"(?<![\p{L}])(?i:dossier|affaire|plainte|proc[èe]s-verbal|PV|RG|case|file|complaint|registre|matricule|r[ée]f[ée]rence du dossier)(?![\p{L}])\s*(?:(?i:n°|nº|no\.?|num[ée]ro|number|#)\s*)?(?=[\w/.-]*\d)[A-Z0-9][\w/.-]*\d[\w/.-]*")]
    private static partial Regex CaseNumber();

    // "rue 12.34", "Rue KA-15, porte 203", "12 rue des Écoles", "45 Ring Road".
    [GeneratedRegex(@"(?:(?<![\p{L}])(?i:rue|avenue|av\.|boulevard|bd|street|road|lot|parcelle|porte)\s+(?:n°\s*)?(?:[A-Z]{1,3}[-\s.]?)?\d+(?:[.,-]\d+)?)|(?:\b\d{1,4},?\s+(?i:rue|avenue|boulevard)\s+(?:de\s+la\s+|des\s+|du\s+|de\s+)?\p{Lu}[\p{L}-]+)|(?:\b\d{1,4}\s+\p{Lu}[\p{L}]+\s+(?:Street|Road|Avenue|Lane))")]
    private static partial Regex StreetAddress();

    // "13.5127, 2.1126", "N 13.5127° E 2.1126°", "13,51274 ; -2,11264".
    [GeneratedRegex(@"(?<![\d.,])(?:[NS]\s?)?-?\d{1,2}[.,]\d{3,}\s*°?\s*[NS]?\s*[,;/]?\s+(?:[EOW]\s?)?-?\d{1,3}[.,]\d{3,}\s*°?\s*[EOW]?(?![\d])")]
    private static partial Regex DecimalCoordinates();

    // 13°30'45" N, 2°06′ E
    [GeneratedRegex(@"\d{1,3}\s?°\s?\d{1,2}\s?['′](?:\s?\d{1,2}(?:[.,]\d+)?\s?[""″])?\s?[NSEOW]\b")]
    private static partial Regex DmsCoordinates();

    // An individual's age: "Aïcha, 14 ans", "âgée de 13 ans", "une fille de 15 ans", "(12 ans)".
    // Groups and ranges ("des filles de 15 à 19 ans", "moins de 18 ans") are policy, not a child.
    [GeneratedRegex(@"(?:(?i:âg[ée]e?|ag[ée]e?)\s+de\s+(?:\d{1,2}|(?i:" + AgeWordFr + @"))\s+ans(?!\s*(?:à|et|-|–)\s*\d)|(?<!\p{L})(?i:une?|la|le|cette|ce|sa|son)\s+(?:(?i:jeune|petite|petit)\s+)?(?i:fille|fillette|garçon|adolescente?|enfant|victime|élève|mineure?|talibé|écolière|écolier)\s+(?:âg[ée]e?\s+)?de\s+(?:\d{1,2}|(?i:" + AgeWordFr + @"))\s+ans(?!\s*(?:à|et|-|–)\s*\d)|,\s*(?:\d{1,2}|(?i:" + AgeWordFr + @"))\s+ans\b(?!\s*(?:à|et|-|–)\s*\d)|\(\s*(?:\d{1,2}|(?i:" + AgeWordFr + @"))\s+ans\s*\))")]
    private static partial Regex AgeFr();

    // "a 14-year-old girl", "aged 13", "15 years old" (not "aged 15-19", not "girls aged 15").
    [GeneratedRegex(@"(?:\b(?:\d{1,2}|(?i:" + AgeWordEn + @"))-year-old\b|(?i:aged)\s+(?:\d{1,2}|(?i:" + AgeWordEn + @"))\b(?!\s*(?:-|–|to|and)\s*\d)|\b(?:\d{1,2}|(?i:" + AgeWordEn + @"))\s+years?\s+old\b|,\s*\d{1,2},)")]
    private static partial Regex AgeEn();

    [GeneratedRegex(@"^(?:girls|boys|children|women|men|adolescents|teenagers|people|pupils|students|victims|those|persons|minors|filles|garçons|enfants|femmes|adolescentes)$", RegexOptions.IgnoreCase)]
    private static partial Regex PluralGroup();

    // A village, hamlet, neighbourhood or camp named after it; regions and provinces are policy context.
    [GeneratedRegex(@"(?i:village|hameau|quartier|campement|site\s+d'orpaillage|site\s+aurifère|camp|secteur|town|neighbourhood|settlement|compound)\s+(?:(?i:de|d'|d’|du|of|called|named|de\s+la)\s*)?\p{Lu}[\p{L}'’-]+|(?i:originaire\s+d[eu']|venue?\s+d[eu']|from\s+the\s+village\s+of)\s*\p{Lu}[\p{L}'’-]+")]
    private static partial Regex Locality();

    [GeneratedRegex(@"(?i:école|collège|lycée|medersa|madrasa|classe\s+de\s+\w+|en\s+(?:CP|CE1|CE2|CM1|CM2|6e|5e|4e|3e)|school|grade\s+\d|form\s+\d|class\s+\d)")]
    private static partial Regex School();

    [GeneratedRegex(@"(?i:(?:sa|son|ses|dont\s+la|dont\s+le|dont\s+les)\s+(?:mère|père|parents|oncle|tante|grand-mère|grand-père|mari|époux|belle-mère|beau-père|frère|sœur|soeur|tuteur|tutrice|marâtre)|orphelin[e]?|aînée?|cadette?|(?:her|his|whose)\s+(?:mother|father|parents|uncle|aunt|grandmother|grandfather|husband|stepmother|stepfather|brother|sister|guardian)|orphaned|eldest|youngest)")]
    private static partial Regex Family();

    [GeneratedRegex(@"(?i:\b\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{4}|\b\d{1,2}/\d{1,2}/\d{2,4}\b)")]
    private static partial Regex SpecificDate();

    [GeneratedRegex(@"^\s*\(?\s*(?i:photo|crédit\s+photo|sur\s+la\s+photo|légende|pictured|photo\s+credit|image|en\s+photo|ci-dessus)\b")]
    private static partial Regex PhotoCaption();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{Mn}'’-]{1,}(?![\p{L}\p{N}])")]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"\G\s+(?<w>\p{Lu}[\p{Ll}\p{Mn}'’-]{1,})(?![\p{L}\p{N}])")]
    private static partial Regex FollowingCapitalised();

    [GeneratedRegex(@"(?i:prénommée?|nommée?|appelée?|surnommée?|named|called|known\s+as|pseudonyme|nom\s+d'emprunt\s*:?)\s*$")]
    private static partial Regex NameIntroducer();

    [GeneratedRegex(@"^\s*(?:,\s*(?:\d{1,2}|(?i:" + AgeWordFr + @"))\s+ans|\(\s*(?:\d{1,2}|(?i:" + AgeWordFr + @"))\s+ans|,\s*\d{1,2}\s*,|,\s*(?:aged\s+)?\d{1,2}\b|\(\s*\d{1,2}\s*\))")]
    private static partial Regex AgeAfterName();

    [GeneratedRegex(@"^(?:\s*,\s*(?:\p{Lu}\.\s*)*\(?(?:19|20)\d{2}|\s+et\s+al\.?|\s+\((?:19|20)\d{2}|\s+(?:&|et|and)\s+\p{Lu}[\p{L}-]+\s*[,(]\s*(?:19|20)\d{2})")]
    private static partial Regex CitationAfterName();

    [GeneratedRegex(@"^[^)]{0,30}(?:19|20)\d{2}")]
    private static partial Regex YearSoon();

    [GeneratedRegex(@"[\p{L}.]+$")]
    private static partial Regex LastWord();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"(?i:\b(?:la|le|une?|the)\s+(?:jeune|petite?|little|young))\s+$")]
    private static partial Regex YoungBefore();

    [GeneratedRegex(@"\G,\s*(?i:une?|la|le|l['’]|cette|ce|a|an|the|this)\s*(?:(?i:jeune|petite?|young|little)\s+)?")]
    private static partial Regex ArticleAfterComma();

    [GeneratedRegex(@"(?i:(?<![\p{L}])(?:une?|la|le|l['’]|cette|ce|sa|son|a|an|the|this|her|his)\s*(?:(?:jeune|petite?|young|little)\s+)?)$")]
    private static partial Regex ArticleBefore();

    [GeneratedRegex(@"(?i:(?<![\p{L}])(?:à|au|aux|en|dans|de|du|d'|d’|vers|sur|in|at|from|to|near|of))\s*$")]
    private static partial Regex PlacePreposition();

    [GeneratedRegex(@"^\s*(?<w>[\p{L}]+)")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"«\s*(?<q>[^«»]{8,}?)\s*»|[“""](?<q>[^“”""]{8,}?)[”""]")]
    private static partial Regex Quotation();

    // Elided forms ("j'irais", "m'a") are followed by a letter; whole pronouns are not.
    [GeneratedRegex(@"(?i)(?<![\p{L}])(?:(?:je|me|moi|mon|ma|mes|i|my|mine)(?![\p{L}])|[jm]['’]\p{L})")]
    private static partial Regex FirstPerson();
}
