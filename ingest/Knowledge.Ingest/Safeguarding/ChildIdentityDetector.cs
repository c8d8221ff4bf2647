using System.Text.RegularExpressions;
using Knowledge.Core.Evidence;
using Knowledge.Core.Safeguarding;

namespace Knowledge.Ingest.Safeguarding;

/// <summary>
/// Flags the spans of a passage that may identify a child: a personal name near a child or victim
/// word, an individual's age with a village, school, family detail or date, a quoted first-person
/// testimony attributed to a child, contact details (phone, email), case numbers, street addresses,
/// GPS coordinates and photo captions naming a child. Rules and lexicons, then a small learned model for
/// the names the rules miss (<see cref="NameModel"/>), shipped with the code: no network, no download.
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

    // A child's age in figures (1–17) or words, for the rules where an adult's would read otherwise ("il y a 10 ans").
    private const string MinorAge = "(?:1[0-7]|[1-9]|(?i:" + AgeWordFr + "|" + AgeWordEn + "))";

    // One child (singular): the word an individual's age is told after ("une fillette d'environ 12 ans", "a boy of 14").
    private const string OneChildFr = "(?:fille|fillette|garçon|garçonnet|adolescente?|enfant|victime|élève|mineure?|talibé|écolière|écolier|apprentie?|domestique|bonne|vendeuse|orpheline?|survivante|rescapée|nièce|neveu|fils|cadette?|aînée?|benjamine?|collégienne|collégien|lycéenne|lycéen|jeune\\s+fille|bébé|nourrisson|jumeaux|jumelles|jumeau|jumelle)";
    private const string OneChildEn = "(?:girl|boy|child|teenager|adolescent|minor|pupil|schoolgirl|schoolboy|orphan|daughter|son|student|apprentice|maid|hawker|vendor|survivor|victim|baby|toddler|niece|nephew|almajiri|housemaid|houseboy|househelp)";

    private readonly SafeguardingLexicon _lexicon;
    private readonly NameModel _names;
    private readonly Regex _childWord;
    private readonly Regex _testimonyVerb;
    private readonly HashSet<string> _personLabels;

    /// <summary>The reason of the one flag set over a whole passage when detection ran out of time on it.</summary>
    public const string TimeoutReason = "detection-timeout";

    /// <summary>Every reason a flag can carry: the review page explains each one to the editor.</summary>
    public static IReadOnlyList<string> ReasonCodes { get; } =
    [
        "name-near-child-word", "name-in-photo-caption", "name-of-relative", "name-beside-child", "name-joined-to-name",
        "name-of-testimony-speaker", "first-person-testimony", "age-with-locality", "age-with-school", "age-with-family",
        "age-with-date", "age-at-event", "phone-number", "email-address", "case-number", "street-address", "landmark-address",
        "post-box", "gps-coordinates", "photo-caption-of-child", "name-learned", "quoted-account", "name-mentioned-again", "titled-name-near-child", TimeoutReason,
    ];

    /// <summary>How long one lexicon pattern may run on one sentence by default.</summary>
    public static readonly TimeSpan DefaultMatchTimeout = TimeSpan.FromSeconds(1);

    /// <param name="lexicon">The word lists; the shipped one when null.</param>
    /// <param name="matchTimeout">How long one lexicon pattern may run on one sentence (default one second).</param>
    /// <param name="names">The learned name model; the shipped one when null.</param>
    public ChildIdentityDetector(SafeguardingLexicon? lexicon = null, TimeSpan? matchTimeout = null, NameModel? names = null)
    {
        _lexicon = lexicon ?? SafeguardingLexicon.Default;
        _names = names ?? NameModel.Default;
        var timeout = matchTimeout ?? DefaultMatchTimeout;
        _childWord = WordAlternation(_lexicon.ChildWords, plurals: true, timeout);
        _testimonyVerb = WordAlternation(_lexicon.TestimonyVerbs, plurals: false, timeout);
        _personLabels = new HashSet<string>(_lexicon.PersonLabels.Select(NormalLabel), StringComparer.Ordinal);
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
        AddEmails(found, text);
        AddPhones(found, text);
        AddCaseNumbers(found, text);
        foreach (var pattern in new[] { DwellingAddress(), NumberedStreetFr(), NumberedStreetEn(), NamedStreetThenNumber(), DescribedDwelling() })
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (!IsOrganisationsAddress(text, m.Index))
                {
                    found.Add(Flag(text, m.Index, m.Length, SafeguardingKind.Address, "street-address"));
                }
            }
        }

        AddMatches(found, text, DecimalCoordinates(), SafeguardingKind.Coordinates, "gps-coordinates");
        AddMatches(found, text, DmsCoordinates(), SafeguardingKind.Coordinates, "gps-coordinates");
        AddMatches(found, text, LabelledCoordinates(), SafeguardingKind.Coordinates, "gps-coordinates");
        AddMatches(found, text, GridCode(), SafeguardingKind.Coordinates, "gps-coordinates");
        AddCodedReferences(found, text);

        var passageAboutChild = _childWord.IsMatch(text) || AnyChildAge().IsMatch(text) || ChildCue().IsMatch(text);
        var sentences = SentencesOf(text);
        // The quotes of the passage, found once for every net that reads them (the match collection is lazy and keeps what it found).
        var quotes = Quotation().Matches(text);
        // Its colons not opening a quote, likewise shared by the three nets that read what follows them.
        var colons = UnquotedColon().Matches(text);
        // A strip of captions ("Ci-dessous : …") or a passage about photographs: a sentence that opens on a child
        // there ("A boy in rags, scars on his back, in the yard of the Tsangaya") describes a picture of one.
        var aboutPictures = PhotoWord().IsMatch(text);
        var captionStrip = aboutPictures || sentences.Any(s => CaptionMarker().IsMatch(text.AsSpan(s.Start, s.Length)));
        foreach (var (start, length) in sentences)
        {
            var sentence = text.Substring(start, length);
            if (captionStrip && ChildSubjectStart().IsMatch(sentence))
            {
                found.Add(Flag(text, start, length, SafeguardingKind.PhotoCaption, "photo-caption-of-child"));
            }

            DetectInSentence(found, text, sentence, start, passageAboutChild);
        }

        if (passageAboutChild)
        {
            AddLabelledPersons(found, text);
        }

        AddUnquotedTestimonies(found, text, colons);
        AddReportedWordsOfNamedChild(found, text);
        AddRelativesAndCoordinatedNames(found, text);
        if (passageAboutChild)
        {
            AddTitledPersonsOfChild(found, text, sentences);
            AddHostFamilies(found, text);
        }

        // A transcript's answers are a victim's own words whatever the age the passage gives.
        AddTranscriptAnswers(found, text);
        if (aboutPictures)
        {
            AddCaptionsOfChildren(found, text, quotes);
        }

        // A passage that gives a person's phone, e-mail, home, case number or own words is about someone in
        // particular, whether or not it says "child": the wider nets and the learned names are cast there too.
        if (passageAboutChild || found.Any(f => f.Kind is SafeguardingKind.Phone or SafeguardingKind.Email or SafeguardingKind.Address or SafeguardingKind.CaseNumber or SafeguardingKind.Testimony))
        {
            AddRecordDetails(found, text, quotes, colons, passageAboutChild);
            AddLearnedNames(found, text);
        }

        AddContinuedQuotes(found, text, quotes);
        if (passageAboutChild)
        {
            AddVignetteWords(found, text, sentences, quotes);
        }

        AddRecordRows(found, text);
        AddNamesMentionedAgain(found, text);

        return Merge(found, text);
    }

    // The answers of a transcript or an interview.
    private void AddTranscriptAnswers(List<SafeguardingFlag> found, string text)
    {
        // "Q: … A: …", "animatrice : … fillette : …", "Question : … Réponse : …", "Statement: …": every
        // answer is the child's own words, until the next turn or the end of its sentence.
        var turns = TranscriptTurn().Matches(text);
        var asked = turns.Any(t => t.Groups["q"].Success);
        for (var i = 0; i < turns.Count; i++)
        {
            var turn = turns[i];
            // Unasked, a label opens a record's field as often as a turn ("Victime : Ngo Mbock Solange, 15 ans",
            // "Caller: Yeboah Tawiah, neighbour"): its words are a testimony only in the first person.
            // Asked, a speaker named in capitals ("AHOU (sous-titre) :", "ABLA (subtitled):") answers too.
            var unasked = !asked && (turn.Groups["child"].Success || turn.Groups["said"].Success);
            // ("MINISTRE :", "GOVERNOR:" speak in their office, not as a child.)
            var named = asked && turn.Groups["named"].Success && !Words().Matches(turn.Groups["named"].Value).Any(w => _lexicon.PublicTitles.Contains(w.Value));
            // A first name as the label ("Enquêtrice : Tu descends ? Aliou : oui, chaque matin…") answers too, and names the child.
            if (named && turn.Groups["titled"].Success)
            {
                var label = turn.Groups["titled"];
                named = _lexicon.FirstNames.Contains(SafeguardingLexicon.Fold(label.Value));
                if (named)
                {
                    found.Add(Flag(text, label.Index, label.Length, SafeguardingKind.Name, "name-beside-child"));
                }
            }
            if (!(turn.Groups["a"].Success || named) || (!asked && !unasked))
            {
                continue;
            }

            var start = turn.Index + turn.Length;
            var stop = SentenceStop().Match(text, start);
            var end = i + 1 < turns.Count ? turns[i + 1].Index : text.Length;
            if (stop.Success && stop.Index < end && (i + 1 == turns.Count || NarrativeAfter().IsMatch(text, stop.Index + 1)))
            {
                end = stop.Index;
            }

            var answer = text.AsSpan(start, end - start).TrimEnd(" .;,".AsSpan());
            if (answer.Length > 0 && !Greeting().IsMatch(answer) && (asked || FirstPerson().IsMatch(answer)))
            {
                found.Add(Flag(text, start, answer.Length, SafeguardingKind.Testimony, "first-person-testimony"));
            }
        }
    }

    // Wider nets, cast only in a passage about a child or about one person, for the forms each new writer
    // brought that the finer rules above did not know: any first-person quote not an official's, a quote
    // introduced as someone's account, an address after the words that introduce one, an age set off
    // with the clause that follows it, record fields, nicknames. They trade a little precision for recall,
    // as the issue allows.
    private void AddRecordDetails(List<SafeguardingFlag> found, string text, MatchCollection quotes, MatchCollection colons, bool aboutChild)
    {
        AddQuotedAccounts(found, text, quotes);

        foreach (Match m in AddressAfterCue().Matches(text))
        {
            var address = m.Groups["a"];
            if (AddressWord().IsMatch(address.Value) && !IsOrganisationsAddress(text, m.Index) && !PostBoxStart().IsMatch(address.Value))
            {
                found.Add(Flag(text, address.Index, address.Length, SafeguardingKind.Address, "street-address"));
            }
        }

        // "Bolaji, 12 ans, originaire d'Ilaro"; "Âge : 12 | Classe : CM1 | Village : Sokoura" (a record's age
        // field and the fields after it); "Né le : 03/11/2012, élève de CE2 à l'école de Wendou": an age or a
        // birth date and what places the child.
        foreach (var pattern in new[] { AgeInApposition(), AgeFieldRecord(), AgeFieldToBar(), BirthWithDetail() })
        {
            AddMatches(found, text, pattern, SafeguardingKind.AgeWithDetail, "age-with-locality", "span");
        }

        // "— Comment es-tu arrivée à Bamako ? — Une femme de mon village m'a dit…": a dialogue's answer after its dash.
        foreach (Match m in DashedAnswer().Matches(text))
        {
            var answer = m.Groups["t"];
            if (FirstPerson().IsMatch(answer.Value))
            {
                found.Add(Flag(text, answer.Index, answer.Length, SafeguardingKind.Testimony, "first-person-testimony"));
            }
        }

        // "une participante … a raconté : j'avais quatorze ans…", "told us: my mother sent me…": a speech verb,
        // a colon and words in no quotes, in the first person, to the end of the sentence.
        foreach (Match colon in colons)
        {
            var before = text[Math.Max(0, colon.Index - 40)..colon.Index].TrimEnd();
            if (before.EndsWith(" us", StringComparison.Ordinal) || before.EndsWith(" nous", StringComparison.Ordinal))
            {
                before = before[..before.LastIndexOf(' ')].TrimEnd();
            }

            var start = colon.Index + colon.Length;
            var stop = SentenceStop().Match(text, start);
            var end = stop.Success ? stop.Index : text.Length;
            if ((EndsWithTestimonyVerb(before) || AccountBeforeColon().IsMatch(before) || SpeechOfNamedChild(found, text, colon.Index)) && end > start && FirstPerson().IsMatch(text.AsSpan(start, end - start)))
            {
                found.Add(Flag(text, start, end - start, SafeguardingKind.Testimony, "first-person-testimony"));
            }
        }

        // A voice note, a chat message, a letter or a child's turn given after a colon in the child's own first person
        // ("Transcription d'une note vocale : je suis à la gare…", "Dzifa told the social worker: the priest said if I
        // run away…", "F.M.: I don't want my baby…"), and words in the first person straight after a speech verb
        // ("who said, I break the stones…", "elle dit je veux pas retourner…"). A staff member's or an official's
        // turn ("Counsellor: thank you for telling me") is theirs, and so is a writer's "I recommend".
        foreach (Match colon in colons)
        {
            var lead = LastClause(text[Math.Max(0, colon.Index - 80)..colon.Index]);
            var start = colon.Index + colon.Length;
            var end = TurnEnd(text, start);
            // "…, écrit Mariama": the words end where the text hands them to their speaker.
            var tail = SpeechTail().Match(text, start, end - start);
            if (tail.Success)
            {
                end = tail.Index;
            }

            if (end - start < 12 || StaffLead().IsMatch(lead) || FirstPerson().IsMatch(lead))
            {
                continue;
            }

            var words = text.AsSpan(start, end - start);
            // "We" is a child's when the lead hands the words to someone who tells ("Un élève, Boubacar Traoré, rapporte :").
            var told = _testimonyVerb.IsMatch(lead) || _childWord.IsMatch(lead);
            if ((FirstPersonNear().IsMatch(words) || (told && FirstPersonPluralNear().IsMatch(words) && !LeaderVoice().IsMatch(words)))
                && !WriterOpening().IsMatch(words) && !OrganisationVoice().IsMatch(words))
            {
                found.Add(Flag(text, start, end - start, SafeguardingKind.Testimony, "first-person-testimony"));
                // "Aminu says:", « Réponse de Rihanata … : », "Respondent: Korto": who speaks is named in the lead.
                var speaker = SpeakerInLead().Match(lead);
                if (speaker.Success && !IsReplyToAMessage(text, lead, colon.Index) && !_lexicon.PublicTitles.Contains(speaker.Groups["n"].Value) && _lexicon.FirstNames.Contains(SafeguardingLexicon.Fold(speaker.Groups["n"].Value)))
                {
                    var at = colon.Index - lead.Length + speaker.Groups["n"].Index;
                    found.Add(Flag(text, at, speaker.Groups["n"].Length, SafeguardingKind.Name, "name-of-testimony-speaker"));
                }
            }
        }

        foreach (Match m in SpeechThenFirstPerson().Matches(text))
        {
            var words = m.Groups["t"];
            var end = TurnEnd(text, words.Index);
            if (!WriterOpening().IsMatch(words.Value) && !_lexicon.PublicTitles.Contains(m.Groups["s"].Value))
            {
                found.Add(Flag(text, words.Index, end - words.Index, SafeguardingKind.Testimony, "first-person-testimony"));
            }
        }

        // A child's letter, card or drawing by its writer's name ("Lettre de Moussa à sa marraine", "Letter from Fatmata
        // Kanu (translated from Temne):"), who a visit met at home ("We met Abdul-Rahman Iddrisu at his home"), the
        // person a statement or a file is about ("Déposition de Fatou") and the child a relative or a teacher is named
        // through (« Mère de Rakiéta »). The last two only when the word is a known first name: « Déclaration de
        // Paris » and "Plan for Tamale" are not people.
        foreach (var (pattern, knownNameOnly) in new[] { (LetterFrom(), false), (MetAtHome(), false), (RecordOfPerson(), true), (CarerOfChild(), true) })
        {
            foreach (Match m in pattern.Matches(text))
            {
                var name = m.Groups["n"];
                if (knownNameOnly && !_lexicon.FirstNames.Contains(SafeguardingLexicon.Fold(name.Value.Split(' ')[0]))
                    && !(aboutChild && ReferenceEquals(pattern, CarerOfChild()) && IsChildOfCarer(text, name)))
                {
                    continue;
                }

                if (IsReplyToAMessage(text, m.Value, m.Index))
                {
                    continue;
                }

                // "maître de CE2 de Yapi et Akissi", "class teacher of Yayra and Selasi": the second child too.
                var second = m.Groups["m"];
                if (second.Success && _lexicon.FirstNames.Contains(SafeguardingLexicon.Fold(second.Value.Split(' ')[0])))
                {
                    found.Add(Flag(text, second.Index, second.Length, SafeguardingKind.Name, "name-beside-child"));
                }

                if (!_lexicon.PublicTitles.Contains(name.Value.Split(' ')[0]) && !IsOrganisationWord(name.Value.Split(' ')[^1]) && !IsPublicOrCited(text, name.Index, name.Length))
                {
                    found.Add(Flag(text, name.Index, name.Length, SafeguardingKind.Name, "name-beside-child"));
                }
            }
        }

        // A narrative's age and what follows it: "Kossi a quitté Kpalimé pour Lagos à douze ans, avec un cousin…", "She is
        // eleven and in JHS 1 at…", "when he was seven, after his mother died in Ogbomoso", "À 14 ans, elle porte des
        // charges au grand marché de Bouaké…". Only in a passage that names someone or speaks of a child.
        foreach (Match m in AgeInNarrative().Matches(text))
        {
            var span = m.Groups["span"];
            if (found.Any(f => f.Kind == SafeguardingKind.Name) || _childWord.IsMatch(text))
            {
                found.Add(Flag(text, span.Index, span.Length, SafeguardingKind.AgeWithDetail, "age-with-locality"));
            }
        }

        // "un mineur, Gounou Sabi, seize ans,", "Sitan, 15, a Bambara girl": a name set off just before an age.
        foreach (Match m in NameBeforeAge().Matches(text))
        {
            var name = m.Groups["n"];
            // "Un petit garçon, Cheikh, 7 ans": a title-word alone before a child's age is a first name.
            if ((!_lexicon.PublicTitles.Contains(name.Value.Split(' ')[0]) || (!name.Value.Contains(' ', StringComparison.Ordinal) && _lexicon.FirstNames.Contains(SafeguardingLexicon.Fold(name.Value))))
                && !IsOrganisationWord(name.Value.Split(' ')[^1])
                && !PlacePreposition().IsMatch(text.AsSpan(Math.Max(0, name.Index - 12), Math.Min(name.Index, 12)).ToString())
                && !IsPublicOrCited(text, name.Index, name.Length))
            {
                found.Add(Flag(text, name.Index, name.Length, SafeguardingKind.Name, "name-beside-child"));
            }
        }

        // A relative named beside the tie, whatever courtesy title comes before the name: "M. Bouba Hamadou,
        // père d'Aïssatou", "la tante de l'enfant, Mme Akossiwa Agbeko", "Husband: Malam Sani Dogo".
        foreach (var pattern in new[] { NameBeforeKinship(), KinshipThenTitledName(), RelativeField(), HostThenTitledName(), FamilyWhoHosts() })
        {
            foreach (Match m in pattern.Matches(text))
            {
                var name = m.Groups["n"];
                if (!IsOrganisationWord(name.Value.Split(' ')[^1]) && !name.Value.Split(' ').Any(IsKnownPlace))
                {
                    found.Add(Flag(text, name.Index, name.Length, SafeguardingKind.Name, "name-of-relative"));
                }
            }
        }

        // "Nom : BALDÉ", "Surname: ASANTEWAA": a record's name field in capitals.
        foreach (Match m in CapitalsNameField().Matches(text))
        {
            var name = m.Groups["n"];
            if (!_lexicon.OrganisationAcronyms.Contains(name.Value.Split(' ')[0]))
            {
                found.Add(Flag(text, name.Index, name.Length, SafeguardingKind.Name, "name-beside-child"));
            }
        }

        // "known as “Pikin Boss”", "dit « Petit Lion »": a nickname is a name. "Saidu (right) with two friends
        // at the wharf": a sentence that places people in a picture is a caption. "VK-0012-4471": a Ghana Post
        // digital address points to one house.
        AddMatches(found, text, QuotedNickname(), SafeguardingKind.Name, "name-beside-child", "n");
        AddMatches(found, text, PositionedCaption(), SafeguardingKind.PhotoCaption, "photo-caption-of-child");
        AddMatches(found, text, DigitalAddress(), SafeguardingKind.Address, "street-address");

        // "Prénom donné par l'appelante : Affoué", "Child's name recorded as Gbessa": what a name field holds,
        // unless the field names a school, a place or a worker.
        foreach (Match m in NameField().Matches(text))
        {
            if (!NotAPersonsNameField().IsMatch(m.Groups["mid"].Value))
            {
                var name = m.Groups["n"];
                AddNamePiece(found, text, name.Index, name.Value, relative: false, courtesyIsPrivate: true);
            }
        }

        // "caller: my name is sia", "Bonjour fanta": a first name the lexicon knows, written in lower case as
        // transcripts and messages do, after the words that give or greet a name.
        foreach (Match m in LowercaseNameCue().Matches(text))
        {
            var name = m.Groups["n"];
            var folded = SafeguardingLexicon.Fold(name.Value);
            if (_lexicon.FirstNames.Contains(folded) && !_lexicon.AmbiguousNames.Contains(folded))
            {
                found.Add(Flag(text, name.Index, name.Length, SafeguardingKind.Name, "name-beside-child"));
            }
        }

        AddMatches(found, text, CourtesyCouple(), SafeguardingKind.Name, "name-of-relative", "n");
        foreach (Match m in NameThenBracketedAge().Matches(text))
        {
            var name = m.Groups["n"];
            AddNamePiece(found, text, name.Index, name.Value, relative: false);
        }

        foreach (Match m in ChildInScript().Matches(text))
        {
            var turn = m.Groups["t"];
            if (FirstPerson().IsMatch(turn.Value))
            {
                found.Add(Flag(text, turn.Index, turn.Length, SafeguardingKind.Testimony, "first-person-testimony"));
            }
        }

        foreach (Match m in MobileMoneyNumber().Matches(text))
        {
            found.Add(Flag(text, m.Index, m.Length, SafeguardingKind.Phone, "phone-number"));
        }
        foreach (Match m in FamilyByName().Matches(text))
        {
            var name = m.Groups["n"];
            if (!IsOrganisationWord(name.Value.Split(' ')[^1]) && !name.Value.Split(' ').Any(IsKnownPlace) && !_lexicon.PublicTitles.Contains(name.Value.Split(' ')[0]))
            {
                found.Add(Flag(text, name.Index, name.Length, SafeguardingKind.Name, "name-of-relative"));
            }
        }

        AddMatches(found, text, AgeInTableRow(), SafeguardingKind.AgeWithDetail, "age-with-locality");

        // "bloc C, abri n° 214, zone 3 du camp", "Camp 5, line 3, quarter 16": the units of a camp or a
        // plantation, two or more in a row, find one shelter.
        AddMatches(found, text, ShelterUnits(), SafeguardingKind.Address, "street-address");

        // "Appel G116-2023-08-1142", "Household NGA-23C-04512", "sous le n° RTF-KGB-0234": a register's code
        // (letters, then groups, the last a serial of three digits or more) in a passage about someone, unless
        // a law, a report or a plan introduces it.
        foreach (Match m in RegisterCode().Matches(text))
        {
            // Only a law or a report named right before a dashed code makes it theirs ("ordonnance n° …"); one further
            // back ("Le rapport mentionnait aussi la référence MRM …") does not. Slashed codes are documents' more
            // often ("Le rapport annuel de l'Observatoire (ONE/RA/24/102)"): the whole clause is read for them.
            var serial = m.Value[(m.Value.LastIndexOfAny(['-', '/']) + 1)..];
            if (!IsYear(serial)
                && (!IsInstrument(text[Math.Max(0, m.Index - (m.Value.Contains('/', StringComparison.Ordinal) ? 60 : 25))..m.Index])
                    || CodeLabel().IsMatch(text.AsSpan(Math.Max(0, m.Index - 12), Math.Min(m.Index, 12)))
                    || ChildMeasureBefore().IsMatch(text.AsSpan(Math.Max(0, m.Index - 60), Math.Min(m.Index, 60)))))
            {
                found.Add(Flag(text, m.Index, m.Length, SafeguardingKind.CaseNumber, "case-number"));
            }
        }

        // What a file "bears" or is registered "under" is its number, whatever the sentence's subject is.
        foreach (Match m in UnderNumber().Matches(text))
        {
            var code = m.Groups["c"];
            found.Add(Flag(text, code.Index, code.Length, SafeguardingKind.CaseNumber, "case-number"));
        }
    }

    // "Usman Garba, 9 years old, sent from a village near Dambatta, described his day in Hausa: We go out…":
    // a speech verb further back in the clause before the colon, in a clause that names the child it flagged.
    private bool SpeechOfNamedChild(List<SafeguardingFlag> found, string text, int colon)
    {
        var clauseStart = colon - LastClause(text[Math.Max(0, colon - 200)..colon]).Length;
        var lead = text[Math.Max(clauseStart, colon - 60)..colon];
        return _testimonyVerb.IsMatch(lead)
            && found.Any(f => f.Kind is SafeguardingKind.Name or SafeguardingKind.AgeWithDetail && f.Start >= clauseStart && f.Start < colon);
    }

    // A vignette's child speaking with no quotes: "Entretien n° 7 : Alioune, 10 ans, confié au daara … Si je ne ramène
    // pas 500 francs, le maître me frappe." A clause (a sentence, or its part after a semicolon) that opens in the
    // first person, soon after the clause that introduced a child (a name or an age flagged there, at most two
    // clauses back: a case number or a place may come between), is the child's. So is a first-person clause the
    // text hands to a speaker after it ("I did not want my daughter cut like me, said Kumba, 17").
    private void AddVignetteWords(List<SafeguardingFlag> found, string text, List<(int Start, int Length)> sentences, MatchCollection quotes)
    {
        foreach (Match m in SpeechHandedOn().Matches(text))
        {
            var words = m.Groups["t"];
            var speaker = m.Groups["n"].Value;
            if (FirstPerson().IsMatch(words.Value) && !WriterOpening().IsMatch(words.Value) && !_lexicon.PublicTitles.Contains(speaker)
                && !found.Any(f => f.Start < words.Index + words.Length && words.Index < f.Start + f.Length && f.Kind == SafeguardingKind.Testimony))
            {
                found.Add(Flag(text, words.Index, words.Length, SafeguardingKind.Testimony, "first-person-testimony"));
                var name = m.Groups["n"];
                if (!IsOrganisationWord(name.Value) && !IsPublicOrCited(text, name.Index, name.Length))
                {
                    found.Add(Flag(text, name.Index, name.Length, SafeguardingKind.Name, "name-of-testimony-speaker"));
                }
            }
        }

        var intros = found.Where(f => f.Kind is SafeguardingKind.Name or SafeguardingKind.AgeWithDetail).ToList();
        if (intros.Count == 0)
        {
            return;
        }

        // A writer who speaks in the first person before any child is introduced ("J'ai rencontré la petite …",
        // "Bonjour Awa, j'ai retiré la photo") goes on speaking in it: the later first-person clauses are theirs.
        var firstIntro = intros.Min(f => f.Start);
        foreach (Match own in FirstPerson().Matches(text[..firstIntro]))
        {
            if (!quotes.Any(q => q.Index <= own.Index && own.Index < q.Index + q.Length))
            {
                return;
            }
        }

        var clauses = new List<(int Start, int Length)>();
        foreach (var (start, length) in sentences)
        {
            var from = start;
            for (var i = start; i < start + length; i++)
            {
                if (text[i] == ';' && i + 1 < start + length && char.IsWhiteSpace(text[i + 1]))
                {
                    clauses.Add((from, i - from));
                    from = i + 1;
                    while (from < start + length && char.IsWhiteSpace(text[from]))
                    {
                        from++;
                    }
                }
            }

            clauses.Add((from, start + length - from));
        }

        for (var i = 1; i < clauses.Count; i++)
        {
            var (start, length) = clauses[i];
            var clause = text.AsSpan(start, length);
            if (!FirstPersonOpening().IsMatch(clause) || WriterOpening().IsMatch(clause))
            {
                continue;
            }

            var introduced = false;
            for (var back = i - 1; back >= Math.Max(0, i - 2) && !introduced; back--)
            {
                var (previousStart, previousLength) = clauses[back];
                introduced = intros.Any(f => f.Start >= previousStart && f.Start < previousStart + previousLength);
            }

            if (introduced && !found.Any(f => f.Start < start + length && start < f.Start + f.Length && f.Kind == SafeguardingKind.Testimony))
            {
                found.Add(Flag(text, start, length, SafeguardingKind.Testimony, "first-person-testimony"));
            }
        }
    }

    // A spreadsheet or a form export flattened to text, one child per line ("48213;E07;Fada N'Gourma;Yempabou
    // Lankoandé;10;CM1 école de Tibga;70238841;12.06131;0.35842", "1 | Abdoulaziz Idrissa | 15 ans – Mirriah
    // (Zinder) | …", "age_classe=13 ans, 6e année, …"): in a row that names someone, the age cell and the cell
    // after it place the child, a cell of digits alone is a number to call, and two decimal cells side by side
    // are a position.
    private static void AddRecordRows(List<SafeguardingFlag> found, string text)
    {
        var names = found.Where(f => f.Kind == SafeguardingKind.Name && f.Reason != TimeoutReason).ToList();
        if (names.Count == 0 && !InitialsBeforeAge().IsMatch(text))
        {
            return;
        }

        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text[lineStart..lineEnd];
            var separator = line.Count(c => c == '|') >= 2 ? '|' : line.Count(c => c == ';') >= 3 ? ';' : CsvCommas(line) ? ',' : CountOf(line, " – ") >= 3 ? '–' : CountOf(line, " — ") >= 3 ? '—' : '\0';
            if (separator != '\0' && (names.Any(f => f.Start >= lineStart && f.Start < lineEnd) || InitialsBeforeAge().IsMatch(line)))
            {
                var cells = new List<(int Start, int Length)>();
                var from = 0;
                for (var i = 0; i <= line.Length; i++)
                {
                    if (i == line.Length || line[i] == separator)
                    {
                        var cell = line[from..i];
                        var eq = cell.IndexOf('=', StringComparison.Ordinal);
                        var valueFrom = eq >= 0 ? from + eq + 1 : from;
                        var value = line[valueFrom..i];
                        var lead = value.Length - value.TrimStart().Length;
                        var trimmed = value.Trim();
                        cells.Add((lineStart + valueFrom + lead, trimmed.Length));
                        from = i + 1;
                    }
                }

                for (var c = 0; c < cells.Count; c++)
                {
                    var (start, length) = cells[c];
                    var cell = text.Substring(start, length);
                    // "F. D. | 12 ans | Niagassola": initials in the cell before an age are a child's.
                    if (c + 1 < cells.Count && AgeCell().IsMatch(text.AsSpan(cells[c + 1].Start, cells[c + 1].Length)))
                    {
                        var initials = TrailingInitials().Match(cell);
                        if (initials.Success)
                        {
                            found.Add(Flag(text, start + initials.Index, initials.Length, SafeguardingKind.Name, "name-beside-child"));
                        }
                    }

                    if (AgeCell().IsMatch(cell) && c + 1 < cells.Count && cells[c + 1].Length > 1 && !NotAvailable().IsMatch(text.AsSpan(cells[c + 1].Start, cells[c + 1].Length)))
                    {
                        // "13 | 6e | Gao, quartier Aljanabandja": a class cell is short, and the place follows it.
                        var last = cells[c + 1].Length <= 4 && c + 2 < cells.Count ? cells[c + 2] : cells[c + 1];
                        found.Add(Flag(text, start, last.Start + last.Length - start, SafeguardingKind.AgeWithDetail, "age-with-locality"));
                    }
                    else if (AgeWithPlaceCell().IsMatch(cell))
                    {
                        found.Add(Flag(text, start, length, SafeguardingKind.AgeWithDetail, "age-with-locality"));
                    }
                    else if (PhoneCell().IsMatch(cell))
                    {
                        found.Add(Flag(text, start, length, SafeguardingKind.Phone, "phone-number"));
                    }
                    else if (DecimalCell().IsMatch(cell) && c + 1 < cells.Count && DecimalCell().IsMatch(text.AsSpan(cells[c + 1].Start, cells[c + 1].Length)))
                    {
                        found.Add(Flag(text, start, cells[c + 1].Start + cells[c + 1].Length - start, SafeguardingKind.Coordinates, "gps-coordinates"));
                    }
                }
            }

            lineStart = lineEnd + 1;
        }

        static int CountOf(string line, string part)
        {
            var count = 0;
            for (var at = line.IndexOf(part, StringComparison.Ordinal); at >= 0; at = line.IndexOf(part, at + part.Length, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }

        // "7f3a…,Grand Gedeh,Toe Town camp,Kou Zeon,12,…": four commas or more, most without a space after them.
        static bool CsvCommas(string line)
        {
            var commas = line.Count(c => c == ',');
            var spaced = line.Split(',').Skip(1).Count(p => p.StartsWith(' '));
            return commas >= 4 && spaced * 2 < commas;
        }
    }

    // A person named once is named at every mention: "Mr and Mrs Quaye … Mrs Quaye asked", "Daughter: Mimi, 14 …
    // assaulted Mimi in his office". Each word of a flagged name (not a title, a place or an organisation's word)
    // is flagged where it stands alone again; followed by another capitalised word it opens another person's
    // name ("Fatou Ceesay, 15" and "Fatou Kinteh, Minister"), so does one before it unless a courtesy title
    // ("Université Abdou Moumouni", "Mahamat Ali Abakar"), after a role it is an official's, and after "à", "in"
    // or "from" a place's.
    private void AddNamesMentionedAgain(List<SafeguardingFlag> found, string text)
    {
        var names = found.Where(f => f.Kind == SafeguardingKind.Name && f.Reason != TimeoutReason).ToList();
        // The model's guesses are not repeated: where one is a place ("Bakau New Town"), every mention would be.
        // A guess that opens on a first name the lexicon knows ("Fanta Camara", "Ayuk Nkongho") is a person's, and repeated.
        var repeatable = names.Where(f => f.Reason != "name-learned" || _lexicon.FirstNames.Contains(SafeguardingLexicon.Fold(Words().Match(f.Text).Value))).ToList();
        var words = repeatable.SelectMany(f => Words().Matches(f.Text).Select(w => w.Value))
            .Where(w => w.Length >= 3 && char.IsUpper(w[0]) && !w.All(char.IsUpper) && !_lexicon.PublicTitles.Contains(w) && !IsOrganisationWord(w)
                && !IsKnownPlace(w) && !NotAName().IsMatch(w) && !CourtesyTitle().IsMatch(w) && !PlaceTypeWord().IsMatch(w))
            .Distinct(StringComparer.Ordinal);
        // A whole name given again ("La maman Fanta Camara … Fanta Camara : +224…") is the same person.
        var repeated = new List<SafeguardingFlag>();
        foreach (var whole in repeatable.Where(f => f.Text.Contains(' ', StringComparison.Ordinal) && char.IsUpper(f.Text[0])).Select(f => f.Text).Distinct(StringComparer.Ordinal))
        {
            for (var at = text.IndexOf(whole, StringComparison.Ordinal); at >= 0; at = text.IndexOf(whole, at + 1, StringComparison.Ordinal))
            {
                var end = at + whole.Length;
                if (StandsAlone(text, at, whole.Length) && !names.Any(f => at < f.Start + f.Length && f.Start < end)
                    && !NextWordCapitalised().IsMatch(text.AsSpan(end, Math.Min(text.Length - end, 40))) && !PreviousWordCapitalised(text, at)
                    && !IsPublicOrCited(text, at, whole.Length, courtesyIsPrivate: true))
                {
                    repeated.Add(Flag(text, at, whole.Length, SafeguardingKind.Name, "name-mentioned-again"));
                }
            }
        }

        // A script's speaker label in capitals ("ABU BAKARR (voice): …") names the person flagged before.
        foreach (var flagged in names.Where(f => char.IsUpper(f.Text[0]) && f.Reason != TimeoutReason).Select(f => f.Text).Distinct(StringComparer.Ordinal))
        {
            var upper = flagged.ToUpperInvariant();
            for (var at = text.IndexOf(upper, StringComparison.Ordinal); upper != flagged && at >= 0; at = text.IndexOf(upper, at + 1, StringComparison.Ordinal))
            {
                if (StandsAlone(text, at, upper.Length) && SpeakerLabelAfter().IsMatch(text.AsSpan(at + upper.Length)))
                {
                    repeated.Add(Flag(text, at, upper.Length, SafeguardingKind.Name, "name-mentioned-again"));
                }
            }
        }

        found.AddRange(repeated);
        names.AddRange(repeated);
        foreach (var word in words)
        {
            var at = -1;
            while ((at = text.IndexOf(word, at + 1, StringComparison.Ordinal)) >= 0)
            {
                var end = at + word.Length;
                if (!StandsAlone(text, at, word.Length) || (at > 0 && text[at - 1] == '-') || (end < text.Length && text[end] == '-')
                    || names.Any(f => at < f.Start + f.Length && f.Start < end)
                    || NextWordCapitalised().IsMatch(text.AsSpan(end, Math.Min(text.Length - end, 40)))
                    || PreviousWordCapitalised(text, at)
                    || PlacePreposition().IsMatch(text[Math.Max(0, at - 12)..at])
                    || IsPublicOrCited(text, at, word.Length, courtesyIsPrivate: true))
                {
                    continue;
                }

                found.Add(Flag(text, at, word.Length, SafeguardingKind.Name, "name-mentioned-again"));
            }
        }
    }

    // "Nilton" in "Nilton at the car wash", not in "Niltonia": a word with no letter right before or after it.
    private static bool StandsAlone(string text, int at, int length) =>
        (at == 0 || !char.IsLetter(text[at - 1])) && (at + length == text.Length || !char.IsLetter(text[at + length]));

    private static bool HoldsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (StandsAlone(text, at, word.Length))
            {
                return true;
            }
        }

        return false;
    }

    // What follows the last sentence break of the text before a point: the clause that point stands in.
    private static string LastClause(string before, Regex? breaks = null)
    {
        var found = (breaks ?? SentenceBreak()).Matches(before);
        return found.Count == 0 ? before : before[(found[^1].Index + found[^1].Length)..];
    }

    private static bool PreviousWordCapitalised(string text, int at)
    {
        var previous = LastWord().Match(text[Math.Max(0, at - 30)..at].TrimEnd()).Value;
        return previous.Length > 0 && char.IsUpper(previous[0]) && at >= previous.Length + 1 && text[at - 1] == ' '
            && !CourtesyTitle().IsMatch(previous) && !NotAName().IsMatch(previous.TrimEnd('.', ',', ':', ';'))
            && !text.AsSpan(0, at).TrimEnd().EndsWith(".", StringComparison.Ordinal);
    }

    // "told them that "the older boys take the money" and that "if we bring nothing…"": a quote that carries on
    // a flagged testimony after "and that", "et que", "then" is the same voice.
    private static void AddContinuedQuotes(List<SafeguardingFlag> found, string text, MatchCollection quotes)
    {
        for (var i = 0; i + 1 < quotes.Count; i++)
        {
            var (first, second) = (quotes[i], quotes[i + 1]);
            var between = text[(first.Index + first.Length)..second.Index];
            if (ContinuingQuote().IsMatch(between)
                && found.Any(f => f.Kind == SafeguardingKind.Testimony && f.Start < first.Index + first.Length && first.Index < f.Start + f.Length))
            {
                found.Add(Flag(text, second.Index, second.Length, SafeguardingKind.Testimony, "first-person-testimony"));
            }
        }
    }

    // Photo captions a report quotes or numbers: "The photo under it reads ‘Nilton at the car wash…’", "Photo 4 :
    // les jumeaux placés chez une famille d'accueil de Ouidah", "4b. A boy in a red shirt…". Each shows a child
    // when it holds a child word standing for a person, a child's age, or a name already flagged. Read only in a
    // passage about pictures.
    private void AddCaptionsOfChildren(List<SafeguardingFlag> found, string text, MatchCollection quotes)
    {
        // The first names of the children flagged so far; the captions added below add no name.
        var given = found.Where(f => f.Kind == SafeguardingKind.Name && f.Reason is "name-near-child-word" or "name-beside-child")
            .Select(f => FirstWord().Match(f.Text).Groups["w"].Value).Where(w => w.Length > 2 && !IsKnownPlace(w)).ToList();

        // In a passage about pictures, a quote that shows a child and no official said is a caption or a
        // child's words: "Frame 1: “Musa, an 8-year-old almajiri, holds out his bowl…”", « L'orpheline du quartier
        // Sarfalao et sa grand-mère ».
        foreach (Match quote in quotes)
        {
            if (ShowsChild(quote.Index, quote.Length) && !IsOfficialQuote(text, quote))
            {
                found.Add(Flag(text, quote.Index, quote.Length, SafeguardingKind.PhotoCaption, "photo-caption-of-child"));
            }
        }

        foreach (Match m in NumberedCaption().Matches(text))
        {
            var caption = m.Groups["c"];
            if (ShowsChild(caption.Index, caption.Length))
            {
                found.Add(Flag(text, caption.Index, caption.Length, SafeguardingKind.PhotoCaption, "photo-caption-of-child"));
            }
        }

        // One child, not children in general ("Ces enfants sont sous notre radar", "child labour"): a caption that
        // opens on one ("Une fillette de l'école…", "L'orpheline du quartier…", "les jumeaux placés…"), a child's
        // age, a name flagged in it, or the first name of one flagged elsewhere ("Nilton at the car wash…" after
        // "Nilton Tavares, 12").
        bool ShowsChild(int start, int length)
        {
            var caption = text.Substring(start, length).TrimStart('«', '“', '"', '‘', '\'', ' ');
            return ChildSubjectStart().IsMatch(caption) || OneChildOpening().IsMatch(caption) || AnyChildAge().IsMatch(caption)
                || found.Any(f => f.Kind == SafeguardingKind.Name && f.Start >= start && f.Start < start + length)
                || given.Any(w => HoldsWord(caption, w));
        }
    }

    // The quotes of a passage about a child or one person, each read once. A first-person quote not an
    // official's is a testimony; so is one in the first person plural that a speech verb attributes, unless
    // an organisation speaks ("we call on…"); and a quote a speech verb or a word for an account introduces
    // ("described the night the fighters came: “They said…”", "Boy's words at interview: «In Libya they sold
    // us…»") is the child's account in whatever person it is told. A quote its speech verb splits ("« Au
    // début, c'était seulement le ménage », dit Akouvi, « ensuite le patron… ma chambre »") is one account:
    // when either half is in the first person, both are the child's.
    private void AddQuotedAccounts(List<SafeguardingFlag> found, string text, MatchCollection quotes)
    {
        var accounts = new List<SafeguardingFlag>();
        foreach (Match quote in quotes)
        {
            var inner = quote.Groups["q"].Value;
            if (CountWords(inner) < 4 || IsOfficialQuote(text, quote))
            {
                continue;
            }

            var organisation = OrganisationVoice().IsMatch(inner);
            if (FirstPerson().IsMatch(inner))
            {
                found.Add(Flag(text, quote.Index, quote.Length, SafeguardingKind.Testimony, "first-person-testimony"));
            }
            else if (FirstPersonPlural().IsMatch(inner) && !organisation && !LeaderVoice().IsMatch(inner))
            {
                var around = string.Concat(text.AsSpan(Math.Max(0, quote.Index - 40), Math.Min(quote.Index, 40)), " ", text.AsSpan(quote.Index + quote.Length, Math.Min(40, text.Length - quote.Index - quote.Length)));
                if (_testimonyVerb.IsMatch(around))
                {
                    accounts.Add(Flag(text, quote.Index, quote.Length, SafeguardingKind.Testimony, "first-person-testimony"));
                }
            }

            var before = text[Math.Max(0, quote.Index - 50)..quote.Index].TrimEnd();
            if (!organisation && !LeaderVoice().IsMatch(inner) && (before.EndsWith(':') || before.EndsWith(',')) && (_testimonyVerb.IsMatch(before) || AccountWord().IsMatch(before)))
            {
                accounts.Add(Flag(text, quote.Index, quote.Length, SafeguardingKind.Testimony, "quoted-account"));
            }
        }

        for (var i = 0; i + 1 < quotes.Count; i++)
        {
            var (first, second) = (quotes[i], quotes[i + 1]);
            var between = text[(first.Index + first.Length)..second.Index];
            if (between.Length <= 80 && !SentenceStop().IsMatch(between) && _testimonyVerb.IsMatch(between)
                && (FirstPerson().IsMatch(first.Groups["q"].Value) || FirstPerson().IsMatch(second.Groups["q"].Value))
                && !IsOfficialQuote(text, first))
            {
                found.Add(Flag(text, first.Index, first.Length, SafeguardingKind.Testimony, "first-person-testimony"));
                found.Add(Flag(text, second.Index, second.Length, SafeguardingKind.Testimony, "first-person-testimony"));
            }
        }

        // After the split quotes, as before: when two flags cover the same quote, the first added names the reason.
        found.AddRange(accounts);
    }

    // The learned model's names that no rule found. A run that opens with a title ("Mme Fatou Sow") or
    // that the rules read as public or cited (a role, an organisation, a citation) stays unflagged: the
    // model adds recall, and those checks keep what the rules know about public figures.
    private void AddLearnedNames(List<SafeguardingFlag> found, string text)
    {
        var flagged = found.Count;
        foreach (var (start, length, probability) in _names.Score(text, _lexicon))
        {
            if (probability < _names.Threshold || _lexicon.PublicTitles.Contains(text.AsSpan(start, length).Trim().ToString().Split(' ')[0]))
            {
                continue;
            }

            var overlaps = false;
            for (var i = 0; i < flagged && !overlaps; i++)
            {
                overlaps = found[i].Start < start + length && start < found[i].Start + found[i].Length;
            }

            // "dans l'affaire Hadijatou Mani Koraou", "in the case of …": a judgment's public name.
            // "in Kano, Katsina and Zamfara": the last of a list of places is a place too. A country, a capital or a
            // main city the taxonomy knows ("Burkina Faso", "Abidjan") is a place, and a word before a colon
            // ("Valeur : 17 ans", "Source :") labels a field, as the words of a spreadsheet's header do ("No; Name;
            // Sex; Age; Origin").
            if (!overlaps && !IsPublicOrCited(text, start, length) && !NamedCaseBefore().IsMatch(text.AsSpan(Math.Max(0, start - 20), Math.Min(start, 20)))
                && !PlaceListBefore().IsMatch(text.AsSpan(Math.Max(0, start - 80), Math.Min(start, 80)))
                && !PlaceBefore().IsMatch(text.AsSpan(Math.Max(0, start - 12), Math.Min(start, 12)))
                && !IsKnownPlace(text.Substring(start, length))
                && !FieldLabelAfter().IsMatch(text, start + length)
                && !ColumnHeader().IsMatch(text.AsSpan(start, length))
                && !IsBulletImperative(text, start, length))
            {
                found.Add(Flag(text, start, length, SafeguardingKind.Name, "name-learned"));
            }
        }
    }

    private static bool IsKnownPlace(string run)
    {
        var folded = SafeguardingLexicon.Fold(run);
        return KnownPlaces.Value.Contains(folded) || KnownPlaces.Value.Contains(folded.Split(' ')[0]);
    }

    // The countries of the taxonomy, their French and English names, capitals and main cities, folded.
    private static readonly Lazy<HashSet<string>> KnownPlaces = new(() => new HashSet<string>(
        Knowledge.Core.Taxonomy.EvidenceTaxonomy.Default.Countries
            .SelectMany(c => c.Variants.Append(c.Name.Fr).Append(c.Name.En))
            .Where(v => !v.StartsWith('!') && !v.EndsWith('*') && v.Length > 2 && !v.All(char.IsUpper))
            .Select(SafeguardingLexicon.Fold),
        StringComparer.Ordinal));

    // Sentences.Split ends a sentence at any ". " before a capital. A title ("M. Diallo", "Hon. Bello",
    // "S.E. Mme Sow") or an initial ("A. B., 12 ans") does not end one here: split there, the name
    // would lose the title that makes it public, or the age that makes it a child's.
    // Where a turn or an unquoted utterance ends: its full stop, the end of its line, or the next speaker's label.
    private static int TurnEnd(string text, int start)
    {
        var stop = SentenceStop().Match(text, start);
        var end = stop.Success ? stop.Index : text.Length;
        var line = text.IndexOf('\n', start);
        if (line >= 0 && line < end)
        {
            end = line;
        }

        var next = NextSpeaker().Match(text, start);
        if (next.Success && next.Index < end)
        {
            end = next.Index;
        }

        return text.AsSpan(start, end - start).TrimEnd(" ,;".AsSpan()).Length + start;
    }

    private static List<(int Start, int Length)> SentencesOf(string text)
    {
        var merged = new List<(int Start, int Length)>();
        var (carry, carryEnd) = (-1, -1);
        foreach (var (start, length) in Sentences.Split(text))
        {
            var from = carry >= 0 ? carry : start;
            var end = start + length;
            if (EndsWithAbbreviation().IsMatch(text.AsSpan(from, end - from)))
            {
                (carry, carryEnd) = (from, end);
                continue;
            }

            carry = -1;
            merged.Add((from, end - from));
        }

        if (carry >= 0)
        {
            merged.Add((carry, carryEnd - carry));
        }

        return JoinOpenQuotes(text, merged);
    }

    // A quote of two sentences ("They told us we were going to school. Instead they took us to the
    // boats.") is one testimony: split at its inner full stop, neither half is a quote. A sentence that
    // leaves a quote open takes the next ones in, until the quote closes or the run grows too long to
    // be one quote (an unmatched mark must not join a whole report into one sentence).
    private const int LongestQuote = 600;

    private static List<(int Start, int Length)> JoinOpenQuotes(string text, List<(int Start, int Length)> sentences)
    {
        var joined = new List<(int Start, int Length)>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            var (start, length) = sentences[i];
            while (i + 1 < sentences.Count && LeavesQuoteOpen(text.AsSpan(start, length))
                && sentences[i + 1].Start + sentences[i + 1].Length - start <= LongestQuote)
            {
                i++;
                length = sentences[i].Start + sentences[i].Length - start;
            }

            joined.Add((start, length));
        }

        return joined;
    }

    private static bool LeavesQuoteOpen(ReadOnlySpan<char> sentence)
    {
        if (sentence.Count('«') > sentence.Count('»') || sentence.Count('“') > sentence.Count('”'))
        {
            return true;
        }

        // A straight quote after a digit is a second of arc (13°30'45"), not speech.
        var straight = 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            if (sentence[i] == '"' && (i == 0 || !char.IsAsciiDigit(sentence[i - 1])))
            {
                straight++;
            }
        }

        return straight % 2 == 1;
    }

    private void DetectInSentence(List<SafeguardingFlag> found, string text, string sentence, int offset, bool passageAboutChild)
    {
        var caption = PhotoCaption().Match(sentence);
        var ages = IndividualAges(sentence);
        var childWords = _childWord.Matches(sentence).Select(m => m.Index).ToList();
        var hasChildWord = childWords.Count > 0 || ages.Count > 0;

        // "Crédit : UNICEF / Ahmed Fall": a credit names the photographer; it is a caption of a child only
        // when it speaks of one.
        if (caption.Success && !hasChildWord && PhotoCredit().IsMatch(sentence))
        {
            caption = Match.Empty;
        }

        // Names: a first name from the lexicon, or any capitalised word shaped like a name next to
        // an age ("Aïcha, 14 ans") or introduced as one ("prénommée X", "named X").
        var names = Names(sentence, ages, caption.Success, hasChildWord);
        foreach (var name in names)
        {
            var nearChild = name.BesideChild || (hasChildWord && WithinWindow(childWords, (name.Start, name.Length), ages));
            if (nearChild || caption.Success)
            {
                found.Add(Flag(text, offset + name.Start, name.Length, SafeguardingKind.Name, caption.Success ? "name-in-photo-caption" : "name-near-child-word"));
            }
        }

        if (caption.Success && (names.Count > 0 || ages.Count > 0 || CaptionHasChild(sentence)))
        {
            found.Add(Flag(text, offset, sentence.Length, SafeguardingKind.PhotoCaption, "photo-caption-of-child"));
        }

        var eventAges = new List<Group>();
        foreach (var age in ages)
        {
            var detail = NearestDetail(sentence, age);
            if (detail is { } d)
            {
                var start = Math.Min(age.Index, d.Start);
                var end = Math.Max(age.Index + age.Length, d.End);
                found.Add(Flag(text, offset + start, end - start, SafeguardingKind.AgeWithDetail, "age-with-" + d.What));
            }
            else if (BirthDate().IsMatch(age.Value))
            {
                // "né le 4 mars 2012": the date is the detail.
                found.Add(Flag(text, offset + age.Index, age.Length, SafeguardingKind.AgeWithDetail, "age-at-event"));
            }
            else if (AgeAtEvent().IsMatch(age.Value))
            {
                // "confie Habsatou, mariée à 13 ans": the event is the detail once the child is named in the
                // sentence; alone ("une jeune femme vendue à l'âge de 12 ans", in a public judgment) it is not.
                eventAges.Add(age);
            }
        }

        // A landmark or a post-office box tells where a child lives only in a sentence about a child, a family or a home.
        var home = HomeCue().IsMatch(sentence);
        if (home || hasChildWord)
        {
            foreach (Match m in Landmark().Matches(sentence))
            {
                found.Add(Flag(text, offset + m.Index, m.Length, SafeguardingKind.Address, "landmark-address"));
            }
        }

        // A number in pairs with no cue word ("la mère, au 70 45 12 89") in a sentence about a child or a home.
        if (home || hasChildWord)
        {
            foreach (Match m in PairedNumber().Matches(sentence))
            {
                if (!IsTollFree(text, offset + m.Index, m.Value))
                {
                    found.Add(Flag(text, offset + m.Index, m.Length, SafeguardingKind.Phone, "phone-number"));
                }
            }
        }

        if (home)
        {
            foreach (Match m in PostBox().Matches(sentence))
            {
                found.Add(Flag(text, offset + m.Index, m.Length, SafeguardingKind.Address, "post-box"));
            }
        }

        var continuesAt = -1;
        foreach (Match quote in Quotation().Matches(sentence))
        {
            var inner = quote.Groups["q"].Value;

            // "“My father said I was old enough,” Hauwa says, “and the man had already paid.”": the quote
            // its speaker's verb splits goes on after it, the same child's words whatever they hold.
            if (continuesAt >= 0 && quote.Index >= continuesAt && sentence.AsSpan(continuesAt, quote.Index - continuesAt).Trim(" ,;:").IsEmpty)
            {
                found.Add(Flag(text, offset + quote.Index, quote.Length, SafeguardingKind.Testimony, "first-person-testimony"));
                continuesAt = -1;
                continue;
            }

            continuesAt = -1;
            if (CountWords(inner) < 4 || IsOfficialQuote(sentence, quote))
            {
                continue;
            }

            // Attributed to a child: a child word in the sentence, or the speaker's age under 18 ("a domestic
            // worker aged 15"); or told ("explique-t-elle", "she said") in a passage about a child, where
            // the sentence before names the child ("Afi, 12 ans, … « Je porte les bagages… », explique-t-elle").
            var attribution = SpeechAfterQuote().Match(sentence, quote.Index + quote.Length);
            var split = SpeechInsideQuote().IsMatch(inner);
            var alone = sentence[..quote.Index].Trim().Length == 0 && passageAboutChild;

            // "la jeune Mariètou témoigne : “…”", "who said: “They beat us…”", "Sa mère nous a écrit : « Nous… »":
            // a quote its speaker's verb introduces is attributed as surely as one the verb follows.
            var spokenBefore = SpokenBefore(sentence, quote.Index);
            var spoken = attribution.Success || split || alone || spokenBefore;
            var told = spoken || _testimonyVerb.IsMatch(sentence);

            // "We" after a verb that introduces it is as often an organisation's ("The coalition said: “We call on…”"):
            // a child's only with the child's age in the sentence, or a parent's speaking of "notre fille".
            var plural = (attribution.Success || split || alone || (spokenBefore && (ages.Any(IsMinorAge) || OurChild().IsMatch(inner))))
                && FirstPersonPlural().IsMatch(inner) && !LeaderVoice().IsMatch(inner);
            var firstPerson = FirstPerson().IsMatch(inner) || plural;
            var aboutChild = _childWord.IsMatch(sentence) || ages.Any(IsMinorAge) || (spoken && passageAboutChild);
            if (firstPerson && (hasChildWord || told) && aboutChild)
            {
                found.Add(Flag(text, offset + quote.Index, quote.Length, SafeguardingKind.Testimony, "first-person-testimony"));
                if (attribution.Success && attribution.Length > 0)
                {
                    continuesAt = attribution.Index + attribution.Length;
                }

                // "…», confie Habsatou", "…,” said Fuseina": the speaker named after her words.
                if (attribution.Success && attribution.Groups["n"].Success && !IsPublicOrCited(sentence, attribution.Groups["n"].Index, attribution.Groups["n"].Length)
                    && !_lexicon.PublicTitles.Contains(FirstWord().Match(attribution.Groups["n"].Value).Groups["w"].Value))
                {
                    found.Add(Flag(text, offset + attribution.Groups["n"].Index, attribution.Groups["n"].Length, SafeguardingKind.Name, "name-of-testimony-speaker"));
                }
            }
        }

        if (eventAges.Count > 0 && found.Any(f => f.Kind == SafeguardingKind.Name && f.Start >= offset && f.Start < offset + sentence.Length))
        {
            foreach (var age in eventAges)
            {
                found.Add(Flag(text, offset + age.Index, age.Length, SafeguardingKind.AgeWithDetail, "age-at-event"));
            }
        }
    }

    // A quote a minister, a director or a judge is said to have made is an official's, whoever it speaks of:
    // "« Aucun enfant ne doit descendre dans un puits de mine », a déclaré la ministre".
    private bool IsOfficialQuote(string sentence, Match quote)
    {
        var after = After(sentence, quote.Index + quote.Length);
        var before = Before(sentence, quote.Index);
        // After a quote that closes its own sentence ("…payée. » Pour Awa Sawadogo, directrice…") comes someone else.
        // So does one whose sentence ends right after it ("…for the bread". Referring officer: Sergeant …).
        var closed = quote.Groups["q"].Value.TrimEnd().EndsWith('.') || quote.Value.TrimEnd('»', '”', '"', ' ').EndsWith('.')
            || after.TrimStart().StartsWith('.');
        var spoken = closed ? [] : Words().Matches(after).Take(5).TakeWhile(w => w.Value is not ("au" or "à" or "aux" or "to" or "devant" or "before"));
        var introduced = QuoteIntroduced().IsMatch(before) ? Words().Matches(before).TakeLast(20) : Words().Matches(before).TakeLast(8);
        var words = spoken.Concat(introduced).SelectMany(w => w.Value.Split('-').Append(w.Value));
        // Titles of four letters or more ("me", "Me" is also a pronoun), or the honorifics of a public figure.
        // "Her first words:", "a major concern": words that are titles only with a capital ("First Lady", "Major").
        return words.Any(w => (w.Length >= 4 && _lexicon.PublicTitles.Contains(w) && !(char.IsLower(w[0]) && CapitalOnlyTitle().IsMatch(w)))
            || w is "Mme" or "M." or "Hon." or "Hon" or "Dr" or "Dr.");
    }

    // The quote's own verb just before it, its colon or comma aside: "témoigne :", "who said:", "a écrit :".
    private bool SpokenBefore(string sentence, int quoteStart) =>
        EndsWithTestimonyVerb(Before(sentence, quoteStart).TrimEnd().TrimEnd(':', ',', '—', '–').TrimEnd());

    private bool EndsWithTestimonyVerb(string before)
    {
        foreach (Match verb in _testimonyVerb.Matches(before, Math.Max(0, before.Length - 30)))
        {
            if (verb.Index + verb.Length == before.Length)
            {
                return true;
            }
        }

        return false;
    }

    // A person a record or a call log names by role: "Nom de l'enfant : Issaka Garba", "Tuteur actuel :
    // Alzouma Hama", "Déclarante : Ngo Bassong Rachel", "Student: Fatima Yusuf", "L'appelant, Pape Ndiaye,".
    // Read only in a passage about a child, whose record it is; a title or a role beside the name still
    // makes it public ("Caller: Dr Sow, directrice…").
    // The lexicon's labels are many: rather than one alternation tried at every character, each colon or
    // comma before a name is found first and the few words before it looked up.
    private void AddLabelledPersons(List<SafeguardingFlag> found, string text)
    {
        foreach (Match m in FieldValue().Matches(text))
        {
            var from = Math.Max(0, m.Index - 40);
            if (EndsWithPersonLabel(text[from..m.Index], apposition: text[m.Index] == ','))
            {
                var name = m.Groups["n"];
                AddNamePiece(found, text, name.Index, name.Value, relative: false, courtesyIsPrivate: true);
            }
        }
    }

    // "Label :" or "Label (…) :" as a field, in one to four words; "l'appelant, X" or "the caller, X" as an
    // apposition, with its article, unless the label names a domain ("la stratégie de protection de l'enfant, Niamey").
    private bool EndsWithPersonLabel(string before, bool apposition)
    {
        if (!apposition)
        {
            before = TrailingBracket().Replace(before, "");
        }

        var words = before.Replace('’', '\'').Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        for (var k = 1; k <= Math.Min(4, words.Length); k++)
        {
            var first = words[^k];
            if (apposition)
            {
                var elided = first.StartsWith("l'", StringComparison.OrdinalIgnoreCase);
                var articleAt = elided ? words.Length - k : words.Length - k - 1;
                if (elided)
                {
                    first = first[2..];
                }
                else if (articleAt < 0 || !IsArticle(words[articleAt]))
                {
                    continue;
                }

                if (articleAt > 0 && IsGenitive(words[articleAt - 1]))
                {
                    continue;
                }
            }

            if (_personLabels.Contains(NormalLabel(string.Join(' ', [first, .. words[^(k - 1)..]]))))
            {
                return true;
            }
        }

        return false;

        static bool IsArticle(string w) => w.Equals("le", StringComparison.OrdinalIgnoreCase) || w.Equals("la", StringComparison.OrdinalIgnoreCase) || w.Equals("the", StringComparison.OrdinalIgnoreCase);

        static bool IsGenitive(string w) => w.ToLowerInvariant() is "de" or "du" or "des" or "of" or "pour" or "for";
    }

    private static string NormalLabel(string label) => label.Replace('’', '\'').ToLowerInvariant();

    // A child's words written down without quotes: a transcript's turn under a child's label ("GIRL:
    // Fifteen. I was in ninth grade…", "ENFANT (12 ans) : …") up to the next speaker, or a statement a child
    // word and its verb introduce ("L'enfant déclare : je travaillais chez madame…") up to the end of its
    // sentence. First-person words only: "Child: Isatou Jallow, DOB…" is a record's field, not speech.
    private void AddUnquotedTestimonies(List<SafeguardingFlag> found, string text, MatchCollection colons)
    {
        var labels = SpeakerLabel().Matches(text);
        for (var i = 0; i < labels.Count; i++)
        {
            var who = labels[i].Groups["w"];
            var child = _childWord.Match(who.Value);
            if (!child.Success || child.Index != 0 || child.Length != who.Length)
            {
                continue;
            }

            // A transcript's speaker (in capitals) talks until the next speaker; a capitalised label, one sentence.
            var start = labels[i].Index + labels[i].Length;
            var end = labels[i].Groups["caps"].Success
                ? (i + 1 < labels.Count ? labels[i + 1].Index : text.Length)
                : SentenceEndAt(text, start);
            AddTurn(found, text, start, end);
        }

        // Colons are few: each one not opening a quote is read back for a child word and its verb.
        foreach (Match colon in colons)
        {
            var from = Math.Max(0, colon.Index - 60);
            var lead = text[from..(colon.Index + colon.Length)];
            foreach (Match child in _childWord.Matches(lead))
            {
                var speech = UnquotedSpeechLead().Match(lead, child.Index + child.Length);
                if (speech.Success && speech.Index + speech.Length == lead.Length && EndsWithTestimonyVerb(speech.Groups["v"].Value))
                {
                    var start = colon.Index + colon.Length;
                    AddTurn(found, text, start, SentenceEndAt(text, start));
                    break;
                }
            }
        }

        static int SentenceEndAt(string text, int start)
        {
            var end = SentenceStop().Match(text, start);
            return end.Success ? end.Index : text.Length;
        }

        static void AddTurn(List<SafeguardingFlag> found, string text, int start, int end)
        {
            var turn = text[start..end];
            if (end > start && CountWords(turn) >= 2 && FirstPerson().IsMatch(turn))
            {
                found.Add(Flag(text, start, end - start, SafeguardingKind.Testimony, "first-person-testimony"));
            }
        }
    }

    // A caption shows a child when a child word in it stands for a person: not a capitalised title
    // ("the Child and Family Welfare Policy"), the first half of a compound ("child welfare committee")
    // or a domain ("comité de protection de l'enfant").
    private bool CaptionHasChild(string sentence)
    {
        foreach (Match m in _childWord.Matches(sentence))
        {
            if (!char.IsUpper(sentence[m.Index]) && !ChildCompound().IsMatch(After(sentence, m.Index + m.Length)) && !GenitiveBefore().IsMatch(Before(sentence, m.Index)))
            {
                return true;
            }
        }

        return false;
    }

    // Names a child is known through beside what the text names: a relative or host set off before
    // a name ("Sa mère, Pauline Ouédraogo,", "The child's foster mother, Comfort Gbeh,", "la famille
    // d'accueil qui héberge Fanta"), a full name set off before a child's age ("Grâce Koné, 16 ans",
    // "Tobi Adeyemi, a 13-year-old"), and a name joined to a flagged one ("Aïssatou et Hawa Bah").
    private void AddRelativesAndCoordinatedNames(List<SafeguardingFlag> found, string text)
    {
        foreach (var (pattern, relative, couples) in NamePatterns)
        {
            foreach (Match m in pattern.Matches(text))
            {
                foreach (Capture name in m.Groups["n"].Captures)
                {
                    // "Kwame and Abena Asante": each of a couple's names.
                    foreach (var piece in couples ? JoinedNames().Split(name.Value) : [name.Value])
                    {
                        AddNamePiece(found, text, name.Index + name.Value.IndexOf(piece, StringComparison.Ordinal), piece, relative);
                    }
                }
            }
        }

        var names = found.Where(f => f.Kind == SafeguardingKind.Name && f.Reason != TimeoutReason).ToList();
        foreach (var name in names)
        {
            var after = JoinedNameAfter().Match(text, name.Start + name.Length);
            if (after.Success && IsPlainName(after.Groups["n"].Value))
            {
                found.Add(Flag(text, after.Groups["n"].Index, after.Groups["n"].Length, SafeguardingKind.Name, "name-joined-to-name"));
            }

            var before = JoinedNameBefore().Match(text[Math.Max(0, name.Start - 60)..name.Start]);
            if (before.Success && IsPlainName(before.Groups["n"].Value))
            {
                var start = Math.Max(0, name.Start - 60) + before.Groups["n"].Index;
                found.Add(Flag(text, start, before.Groups["n"].Length, SafeguardingKind.Name, "name-joined-to-name"));
            }
        }

        bool IsPlainName(string candidate)
        {
            var first = FirstWord().Match(candidate).Groups["w"].Value;
            return first.Length > 1 && CouldBeName(first);
        }
    }

    // A relative's or a carer's child need not be a name the lexicon knows (« père d'Achta », "Mother of Yayra:") in a
    // passage about a child, when the name closes its phrase and names no place ("the mother of Lagos markets").
    private bool IsChildOfCarer(string text, Group name)
    {
        var first = name.Value.Split(' ')[0];
        return ClosedAfter().IsMatch(text.AsSpan(name.Index + name.Length)) && !IsKnownPlace(name.Value) && CouldBeName(first) && !NotAName().IsMatch(first);
    }

    // "Mustapha said the man promised my mother a phone…", "Memuna Bangura, 14, Form 3 at…, said the manager touched
    // me…": a child named in the clause, a speech verb, then words without quotes that speak in the first person
    // singular within their first words. The child's own words, reported as they were said ("we" and "our" are as
    // often an organisation's).
    private static void AddReportedWordsOfNamedChild(List<SafeguardingFlag> found, string text)
    {
        var children = found.Where(f => f.Kind == SafeguardingKind.Name && f.Reason is "name-near-child-word" or "name-beside-child").ToList();
        if (children.Count == 0)
        {
            return;
        }

        foreach (Match m in SpeechThenWords().Matches(text))
        {
            var words = m.Groups["t"];
            var from = m.Index - LastClause(text[Math.Max(0, m.Index - 120)..m.Index], SentenceStop()).Length;
            if (!children.Any(c => c.Start >= from && c.Start + c.Length <= m.Index)
                || !FirstPersonNear().IsMatch(words.Value) || OrganisationVoice().IsMatch(words.Value))
            {
                continue;
            }

            found.Add(Flag(text, words.Index, words.Length, SafeguardingKind.Testimony, "first-person-testimony"));
        }
    }

    // "Proposed carers: the Okonkwos of No. 12 Chime Avenue", "joins the Ampofo-Mensahs of House 23", "the Kpotos at Duport
    // Road": a family called by its name in the plural, in a passage that places or hosts a child, is the child's home
    // when the hosting is said just before the name or the home just after it.
    private void AddHostFamilies(List<SafeguardingFlag> found, string text)
    {
        if (!HostingCue().IsMatch(text))
        {
            return;
        }

        foreach (Match m in FamilyInPlural().Matches(text))
        {
            var stem = m.Groups["n"].Value;
            var near = text[Math.Max(0, m.Index - 60)..m.Index];
            if (!CouldBeName(stem) || NotAName().IsMatch(stem) || IsKnownPlace(stem) || IsKnownPlace(stem + "s") || Nationality().IsMatch(stem)
                || _childWord.IsMatch(stem) || !(HostingCue().IsMatch(near) || HomeAfterFamily().IsMatch(text.AsSpan(m.Index + m.Length))))
            {
                continue;
            }

            found.Add(Flag(text, m.Index, m.Length, SafeguardingKind.Name, "name-of-relative"));
        }
    }

    // "Malam Garba Dan Azumi insists that his daughter…", "the Tsangaya of Malam Goni Abubakar", "Mrs Ngozi Okonkwo
    // can be reached on +234…", "Mrs Doosuur Iorfa on behalf of her daughter": a courtesy title says nothing of a role.
    // In a passage about a child, a titled name with no role beside it is a private person the child can be found
    // through when its sentence ties it to a child (a relative or a master of someone, a Quranic school) or gives a
    // person's phone, e-mail or home.
    private void AddTitledPersonsOfChild(List<SafeguardingFlag> found, string text, List<(int Start, int Length)> sentences)
    {
        foreach (var (start, length) in sentences)
        {
            var sentence = text.Substring(start, length);
            var contact = found.Any(f => f.Kind is SafeguardingKind.Phone or SafeguardingKind.Email or SafeguardingKind.Address && f.Start >= start && f.Start < start + length);
            if (!contact && !TieToChild().IsMatch(sentence))
            {
                continue;
            }

            foreach (Match m in TitledName().Matches(sentence))
            {
                var name = m.Groups["n"];
                var words = name.Value.Split(' ');
                if (!CouldBeName(words[0]) || IsOrganisationWord(words[^1]) || words.Any(IsKnownPlace)
                    || IsOrganisationWord(FirstWord().Match(After(sentence, name.Index + name.Length)).Groups["w"].Value)
                    || IsPublicOrCited(sentence, name.Index, name.Length, courtesyIsPrivate: true)
                    || IsPublicOrCited(sentence, m.Index, m.Length, courtesyIsPrivate: true))
                {
                    continue;
                }

                found.Add(Flag(text, start + name.Index, name.Length, SafeguardingKind.Name, "titled-name-near-child"));
            }
        }
    }

    // Patterns that name a child or someone a child can be found through. A relative's name needs no
    // further check (the cue says the person is private); a couple ("Kwame and Abena Asante") is split.
    private static readonly (Regex Pattern, bool Relative, bool Couples)[] NamePatterns =
    [
        (RelativeThenName(), true, true), (RelativeOfChild(), true, false), (NameThenChildAge(), false, false), (NamesThenAges(), false, false),
        (ChildrenThenNames(), false, false), (ChildAndRelative(), false, false), (Nickname(), false, false), (ChildLabel(), false, false),
        (NamesThenChildWord(), false, false), (NamesThenAgeRange(), false, false),
    ];

    private void AddNamePiece(List<SafeguardingFlag> found, string text, int at, string piece, bool relative, bool courtesyIsPrivate = false)
    {
        // "In Kaya, Rasmané…": leading words that are no name ("In", "Dans") are not part of it.
        while (piece.Contains(' ', StringComparison.Ordinal) && NotAName().IsMatch(FirstWord().Match(piece).Groups["w"].Value))
        {
            var space = piece.IndexOf(' ', StringComparison.Ordinal);
            at += space + 1;
            piece = piece[(space + 1)..];
        }

        if (piece.Length == 0)
        {
            return;
        }

        var initials = piece.Length <= 8 && piece.Contains('.', StringComparison.Ordinal);
        if (!initials && (!CouldBeName(FirstWord().Match(piece).Groups["w"].Value)
            || (!relative && (PlacePreposition().IsMatch(text[Math.Max(0, at - 40)..at]) || IsPublicOrCited(text, at, piece.Length, courtesyIsPrivate)))))
        {
            return;
        }

        found.Add(Flag(text, at, piece.Length, SafeguardingKind.Name, relative ? "name-of-relative" : "name-beside-child"));
    }

    // Neither a title, an organisation's word, nor a word that is no name ("Elle", "Dans") unless the lexicon knows it as one.
    private bool CouldBeName(string first) =>
        !_lexicon.PublicTitles.Contains(first) && !IsOrganisationWord(first)
        && (!NotAName().IsMatch(first) || _lexicon.FirstNames.Contains(SafeguardingLexicon.Fold(first)));

    private static bool IsMinorAge(Group age)
    {
        var digits = Digits().Match(age.Value);
        return !digits.Success || (int.TryParse(digits.Value, System.Globalization.CultureInfo.InvariantCulture, out var years) && years < 18);
    }

    private static readonly Regex[] MoreAgePatterns = [AgesListed(), BirthDate(), AgesOfTwo(), AgeAtEvent(), AgeSetOffEn(), AgeOfOneChildFr(), AgeApproximateFr(), AgeInDozensFr(), AgeAfterSubjectFr(), AgeOpeningSentence(), AgeOfOneChildEn(), AgeYearsOld(), AgeAfterSubjectEn(), AgeInFirstPerson(), AgeField(), AgeInYearsSetOff(), AgeRangeOfNamed(), AgeSetOffInRecord(), InfantAge()];

    private static List<Group> IndividualAges(string sentence)
    {
        var ages = new List<Group>();
        foreach (Match m in AgeFr().Matches(sentence))
        {
            ages.Add(m);
        }

        // One pattern each: joined in one alternation they cost ten times as much, none of them
        // leading with letters the engine can search for.
        foreach (var pattern in MoreAgePatterns)
        {
            foreach (Match m in pattern.Matches(sentence))
            {
                ages.Add(m);
            }
        }

        foreach (Match m in AgeEn().Matches(sentence))
        {
            var before = Before(sentence, m.Index).TrimEnd();
            var previous = LastWord().Match(before).Value;
            if (!PluralGroup().IsMatch(previous))
            {
                ages.Add(m);
            }
        }

        return ages;
    }

    private List<(int Start, int Length, bool BesideChild)> Names(string sentence, List<Group> ages, bool caption, bool hasChildWord)
    {
        var names = new List<(int, int, bool)>();
        var candidates = CapitalisedWord().Matches(sentence).Select(m => (Match: m, Initials: false))
            .Concat(Initials().Matches(sentence).Select(m => (Match: m, Initials: true)));
        foreach (var (m, initials) in candidates)
        {
            var word = m.Value;
            var folded = SafeguardingLexicon.Fold(word);
            var inLexicon = !initials && _lexicon.FirstNames.Contains(folded);

            // "Mme", "Dr": a title is not a name; "Elle", "Cette": a pronoun or a determiner is not one either.
            if (_lexicon.PublicTitles.Contains(word) || (!initials && !inLexicon && NotAName().IsMatch(word)) || (initials && NotInitials().IsMatch(word)))
            {
                continue;
            }

            // The second half of a compound place name ("Bobo-Dioulasso", "Saint-Louis") is not a first name.
            if (m.Index > 1 && sentence[m.Index - 1] == '-' && char.IsLetter(sentence[m.Index - 2]))
            {
                continue;
            }

            var before = Before(sentence, m.Index);
            var after = After(sentence, m.Index + m.Length);
            var atStart = m.Index <= Reach;
            // A footnote star ("Aïcha*") marks a changed name as often as a table's note ("Niger*"): it
            // introduces a name, which still needs a child word near it.
            var introduced = NameIntroducer().IsMatch(before) || (after.StartsWith('*') && !initials);

            // "appelons-la X", "let's call her X", "X (prénom modifié)", "X*": the text itself says a
            // child's name stands here, changed or not.
            // A bracket holding initials ("une adolescente de Cinkassé (nom connu du service, L. D.)") gives
            // the child's name as those initials: the word before it is a place.
            var bracket = Renamed().Match(after);
            var renamed = PseudonymIntroducer().IsMatch(before) || (bracket.Success && !Initials().IsMatch(bracket.Value));
            var besideAge = ages.Any(a => a.Index >= m.Index + m.Length && a.Index - (m.Index + m.Length) <= 3 && AgeAfterName().IsMatch(after))
                || ((inLexicon || caption || initials) && BracketedAge().IsMatch(after));
            var appositive = IsAppositiveChild(sentence, m.Index + m.Length);

            // A name the lexicon lacks still reads as one when it is set beside a child word ("Zouera,
            // une adolescente…", "la victime, Zouera,", "Sira est une fillette", "Samba, garçon de…",
            // "little Hannah"), or is the subject of a photo caption, unless a preposition makes it a
            // place ("À Niamey, un enfant…").
            var besideChildWord = AfterChildWord(sentence, m.Index, m.Index + m.Length)
                || ChildPredicate(sentence, m.Index + m.Length)
                || (YoungJustBefore().IsMatch(before) && (inLexicon || !word.EndsWith('s')));
            var captionSubject = caption && atStart && CaptionSubject().IsMatch(before) && CaptionSubjectAfter().IsMatch(after);
            var shapedAsChildName = !inLexicon
                && (IsAppositiveChild(sentence, m.Index + m.Length, strict: true) || besideChildWord || captionSubject)
                && !PlacePreposition().IsMatch(before);
            // Initials standing alone in a sentence about a child ("la victime K. S.", "the girl registered as
            // Y. B.") are how reports write a child's name; before a surname ("A. B. Diallo") they are an adult's.
            var initialsAlone = initials && hasChildWord && !FollowingCapitalised().IsMatch(sentence, m.Index + m.Length);
            if (!inLexicon && !introduced && !renamed && !besideAge && !shapedAsChildName && !initialsAlone)
            {
                continue;
            }

            var sentenceStart = atStart && before.Trim().Length == 0;
            if (_lexicon.AmbiguousNames.Contains(folded) && !introduced && !renamed && !besideAge && !appositive && !besideChildWord && (sentenceStart || ages.Count == 0))
            {
                continue;
            }

            // "M. Issoufou Garba", "Aminata Sow": a word right after a first name, or after a titled name,
            // is a surname, taken (or left) with the name before it. Checked late, being the dearer test.
            var previous = PreviousCapitalised().Match(before);
            if (previous.Success && !initials
                && (_lexicon.FirstNames.Contains(SafeguardingLexicon.Fold(previous.Groups["w"].Value)) || IsPublicOrCited(sentence, m.Index - before.Length + previous.Groups["w"].Index, previous.Groups["w"].Length)))
            {
                continue;
            }

            if (IsPublicOrCited(sentence, m.Index, m.Length))
            {
                continue;
            }

            // A surname may follow ("Aminata Traoré"): one more capitalised word that is not a title.
            var end = m.Index + m.Length;
            var next = FollowingCapitalised().Match(sentence, end);
            if (!initials && next.Success && next.Index == end && !IsOrganisationWord(next.Groups["w"].Value))
            {
                end = next.Index + next.Length;
                renamed |= Renamed().IsMatch(After(sentence, end));
            }

            // "Kofi Annan Foundation", "Centre Aïcha Koné": the whole name belongs to an organisation or a law.
            if (IsOrganisationWord(FirstWord().Match(After(sentence, end)).Groups["w"].Value))
            {
                continue;
            }

            names.Add((m.Index, end - m.Index, appositive || besideChildWord || renamed || PseudonymIntroducer().IsMatch(before)));
        }

        return names;
    }

    // "Sira est une fillette…", "Sani is a boy…", "Samba, garçon d'environ douze ans", "Ama, girl of 13":
    // the name is the subject of a child word, or set beside one without its article. A child word
    // that opens a compound ("is a child rights group", "est une enfant-soldat") does not count.
    private bool ChildPredicate(string sentence, int nameEnd)
    {
        var lead = ChildPredicateLead().Match(sentence, nameEnd);
        if (!lead.Success)
        {
            return false;
        }

        var at = lead.Index + lead.Length;
        var child = _childWord.Match(sentence, at, Math.Min(40, sentence.Length - at));
        if (!child.Success || child.Index != at)
        {
            return false;
        }

        var rest = After(sentence, child.Index + child.Length);
        return lead.Groups["bare"].Success ? BareChildFollower().IsMatch(rest) : !ChildCompound().IsMatch(rest);
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

        var child = _childWord.Match(sentence, nameEnd, Math.Min(50, sentence.Length - nameEnd));
        return child.Success && child.Index - nameEnd <= 30;
    }

    // "la victime, Zouera, …", "the girl Abena", "la jeune Adjara": a child word with its article (or
    // "la jeune", "la petite") just before the name; set off by a comma, the name must be closed by
    // one too (an apposition), so that "la protection de l'enfant, Ministère…" is not a name.
    private bool AfterChildWord(string sentence, int nameStart, int nameEnd)
    {
        var before = Before(sentence, nameStart);
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
                // "The Child Rights Act": a capitalised child word mid-sentence is part of a title; "protection
                // de l'enfant, Ouagadougou": a child word after "de" names a domain, not the person beside it.
                return !char.IsUpper(trimmed[child.Index]) && ArticleBefore().IsMatch(trimmed[..child.Index]) && !GenitiveBefore().IsMatch(trimmed[..child.Index]);
            }

            child = child.NextMatch();
        }

        return false;
    }

    // "Lagos State Ministry of Youth and Social Development, Block 20, Alausa Secretariat": an address set off
    // right after an organisation's name is the organisation's, unless its clause speaks of a person or a home.
    private bool IsOrganisationsAddress(string text, int start)
    {
        var before = text[Math.Max(0, start - 80)..start];
        if (!before.TrimEnd().EndsWith(','))
        {
            return false;
        }

        var clause = LastClause(before);
        return Words().Matches(clause).Any(w => char.IsUpper(w.Value[0]) && IsOrganisationWord(w.Value))
            && !HomeCue().IsMatch(clause) && !HasPersonCue(clause);
    }

    private bool IsOrganisationWord(string word) =>
        _lexicon.OrganisationWords.Contains(word) || _lexicon.OrganisationAcronyms.Contains(word)
        || (word.Length > 3 && word.EndsWith('s') && (_lexicon.OrganisationWords.Contains(word[..^1]) || _lexicon.OrganisationAcronyms.Contains(word[..^1])));

    // A courtesy title ("Mrs", "M.", "Malam") says nothing of a role: where a label or a tie has said who
    // the person is ("Caller: Mrs. Sallay Kamara", "Prénom : …"), the caller passes courtesyIsPrivate and
    // only a role makes the name public.
    private bool IsPublicOrCited(string sentence, int index, int length, bool courtesyIsPrivate = false)
    {
        var before = Before(sentence, index).TrimEnd();
        var previous = LastWord().Match(before).Value;
        if ((_lexicon.PublicTitles.Contains(previous) || _lexicon.PublicTitles.Contains(previous.TrimEnd('.')))
            && !(courtesyIsPrivate && CourtesyTitle().IsMatch(previous)))
        {
            return true;
        }

        var after = After(sentence, index + length);

        // "éducateur référent, Sékou Condé", "case worker Moses Flomo": a role right before the name.
        var lastWords = LastTwoWords().Match(before);
        if (lastWords.Success && (RoleOfTwoWords().IsMatch(lastWords.Value)
            || (lastWords.Groups["w"].Value.Length >= 4 && _lexicon.PublicTitles.Contains(lastWords.Groups["w"].Value) && before.EndsWith(','))))
        {
            return true;
        }

        // "La ministre de la Femme, Fatou Sow,", "Le chef du village de Tibiri, Moussa Issa,": a name set
        // off after its role.
        if (before.EndsWith(','))
        {
            var body = before[..^1];
            var titled = TitlePhrase().Match(body[(body.LastIndexOfAny([',', ';', '(', ':']) + 1)..]);
            if (titled.Success && _lexicon.PublicTitles.Contains(titled.Groups["t"].Value))
            {
                return true;
            }
        }

        // "le juge des enfants Mamadou Saliou Baldé", "La ministre de l'Action sociale, de l'Enfance et de la
        // Famille, Lemina mint Mohamed Vall": a role and its domain right before the name.
        var run = TitleRunBefore().Match(before);
        if (run.Success && Words().Matches(run.Value).Any(w => w.Value.Length >= 4 && _lexicon.PublicTitles.Contains(w.Value) && !(courtesyIsPrivate && CourtesyTitle().IsMatch(w.Value))))
        {
            return true;
        }

        // "Aminata Touré, ministre de la Justice,", "Lamin Jallow, Director of Social Welfare,": a role after the name.
        var role = RoleAfterName().Match(after);
        if (role.Success && _lexicon.PublicTitles.Contains(role.Groups["w"].Value))
        {
            return true;
        }

        var apposition = AppositionAfter().Match(after);
        if (apposition.Success && !_childWord.IsMatch(apposition.Groups["a"].Value) && !Family().IsMatch(apposition.Groups["a"].Value)
            && Words().Matches(apposition.Groups["a"].Value).Any(w => w.Value.Length >= 4 && _lexicon.PublicTitles.Contains(w.Value)))
        {
            return true;
        }

        var following = FirstWord().Match(after).Groups["w"].Value;
        if (IsOrganisationWord(following) || (before.Length > 0 && IsOrganisationWord(previous)))
        {
            return true;
        }

        // Authors in citations: "(Traoré, 2019)", "Diallo et al.", "Aminata (2020)", "Sow, A. (2018)".
        return CitationAfterName().IsMatch(after) || (before.EndsWith('(') && YearSoon().IsMatch(after));
    }

    private static bool WithinWindow(List<int> childWords, (int Start, int Length) name, List<Group> ages) =>
        childWords.Any(c => Math.Abs(c - name.Start) <= NameWindow) || ages.Any(a => Math.Abs(a.Index - name.Start) <= NameWindow);

    // The text a rule reads before or after a word: what lies within reach of it, not the whole
    // sentence, so that a long sentence costs in proportion to its length, not to its square.
    private const int Reach = 160;

    private static string Before(string sentence, int index) => sentence[Math.Max(0, index - Reach)..index];

    private static string After(string sentence, int index) => sentence[index..Math.Min(sentence.Length, index + Reach)];

    private static (int Start, int End, string What)? NearestDetail(string sentence, Group age)
    {
        (int, int, string)? best = null;
        var bestDistance = int.MaxValue;
        Consider(Locality(), "locality");
        Consider(School(), "school");
        Consider(Family(), "family");
        Consider(SpecificDate(), "date");
        Consider(PlaceBeforeKind(), "locality");
        foreach (Match m in OriginAfterAge().Matches(sentence, age.Index + age.Length))
        {
            if (m.Index - (age.Index + age.Length) <= 4 && m.Index - (age.Index + age.Length) < bestDistance)
            {
                bestDistance = 0;
                best = (m.Index, m.Index + m.Length, "locality");
            }

            break;
        }

        // "Sèna Houngbédji, 11 ans, louveteau de la meute de Cadjèhoun", "Ibrahim → 15, apprentice mechanic at the
        // Kissy Road garage": what the child is or does, set off after the age, where a named place closes it.
        var apposition = AppositiveDetail().Match(sentence, age.Index + age.Length);
        if (apposition.Success)
        {
            best = (apposition.Index, apposition.Index + apposition.Length, "locality");
        }

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

    private static void AddPhones(List<SafeguardingFlag> found, string text)
    {
        foreach (Match m in InternationalPhone().Matches(text))
        {
            var code = CountryCode().Match(m.Value);
            var rest = m.Value[(code.Index + code.Length)..];
            var digits = rest.Count(char.IsAsciiDigit);
            // Africa's codes (2xx) carry seven digits or more; Europe's and America's (1–2 digits) nine.
            if (digits >= (code.Groups["c"].Length == 3 ? 7 : 9) && !IsTollFree(text, m.Index, rest)
                && !SwitchboardAfter().IsMatch(text.AsSpan(m.Index + m.Length, Math.Min(25, text.Length - m.Index - m.Length))))
            {
                found.Add(Flag(text, m.Index, m.Length, SafeguardingKind.Phone, "phone-number"));
            }
        }

        foreach (Match m in LocalPhone().Matches(text))
        {
            var n = m.Groups["n"];
            // "Contact du mari : 677 451 289": after a label's colon, three groups of three are a number to call, not a figure.
            var field = text.AsSpan(0, n.Index).TrimEnd().EndsWith(':') && n.Value.Count(char.IsAsciiDigit) is >= 8 and <= 10;
            if ((field || !IsThousands(n.Value)) && !IsYears(n.Value) && !IsTollFree(text, n.Index, n.Value))
            {
                found.Add(Flag(text, n.Index, n.Length, SafeguardingKind.Phone, "phone-number"));
            }
        }

        foreach (Match m in ShapedPhone().Matches(text))
        {
            var digits = m.Value.Count(char.IsAsciiDigit);
            var trunk = m.Value[0] == '0';
            if ((!trunk || (digits >= 9 && digits <= 11)) && !IsTollFree(text, m.Index, m.Value))
            {
                found.Add(Flag(text, m.Index, m.Length, SafeguardingKind.Phone, "phone-number"));
            }
        }

        // "2019 2020 2021" heads a table.
        static bool IsYears(string number) => number.Split([' ', '.', '-'], StringSplitOptions.RemoveEmptyEntries).All(IsYear);

        // "12 345 678" is a figure: groups of three after the first, and no trunk 0.
        static bool IsThousands(string number)
        {
            var groups = number.Split([' ', '.', '-'], StringSplitOptions.RemoveEmptyEntries);
            return number[0] != '0' && groups.Length > 1 && groups.Skip(1).All(g => g.Length == 3);
        }
    }

    // Toll-free lines (0800…, 800 00 12 34) are public services, and an ISBN or a reference before the
    // digits makes them something else. A helpline's, a switchboard's or an office's number is public
    // too, unless a person or a family is named beside it ("Father's number (helpline log): …").
    private static bool IsTollFree(string text, int start, string number)
    {
        var digits = new string([.. number.Where(char.IsAsciiDigit)]);
        var from = Math.Max(0, start - 50);
        var around = text.AsSpan(from, Math.Min(text.Length, start + number.Length + 30) - from);
        return digits.StartsWith("800", StringComparison.Ordinal) || digits.StartsWith("0800", StringComparison.Ordinal) || digits.StartsWith("8000", StringComparison.Ordinal)
            || NotAPhoneBefore().IsMatch(text.AsSpan(Math.Max(0, start - 40), Math.Min(start, 40)))
            || (PublicLine().IsMatch(text.AsSpan(Math.Max(0, start - 90), Math.Min(start, 90))) && !HasPersonCue(around))
            || SwitchboardAfter().IsMatch(text.AsSpan(start + number.Length, Math.Min(25, text.Length - start - number.Length)));
    }

    // A relative, a child or a caseworker named beside a number makes it a person's. A capitalised cue
    // mid-sentence is part of an institution's name ("ministère de la Femme, de la Famille et de l'Enfant"),
    // and one opening a compound ("child-protection line") names a service.
    private static bool HasPersonCue(ReadOnlySpan<char> around)
    {
        foreach (var m in PersonCue().EnumerateMatches(around))
        {
            var before = around[..m.Index].TrimEnd();
            if (!char.IsUpper(around[m.Index]) || before.IsEmpty || before[^1] is '.' or ':' or ';' or '•' or '(')
            {
                return true;
            }
        }

        return false;
    }

    // A law, a decree, a report or a plan numbers itself like a file; a police or court report is a file.
    // Only the number's own sentence counts: "…confie un rôle central au juge des enfants.
    // • Loi n° 025-2018/AN" is a law, whatever the sentence before it spoke of.
    // Only the words naming the instrument, and the two before them, say whose it is: "Police
    // report OB/123/2021" is a file, "transmis au Tribunal pour enfants de Kaya, conformément à la
    // loi n° 015-2014/AN" a law.
    private static bool IsInstrument(string before)
    {
        var clause = LastClause(before);
        var instrument = InstrumentBefore().Match(clause);
        if (!instrument.Success)
        {
            return false;
        }

        // "Code cas :", "code du dossier": the code of a case.
        if (CaseWord().IsMatch(instrument.Value))
        {
            return false;
        }

        var lead = TwoWordsBefore().Match(clause[..instrument.Index]);
        return !CourtOrPolice().IsMatch(instrument.Value) && !(lead.Success && CourtOrPolice().IsMatch(lead.Value));
    }

    private static void AddCaseNumbers(List<SafeguardingFlag> found, string text)
    {
        foreach (var pattern in new[] { CaseNumber(), NumberedCode() })
        {
            foreach (Match m in pattern.Matches(text))
            {
                var before = text[Math.Max(0, m.Index - 60)..m.Index];
                if ((!IsInstrument(before) || CodeLabel().IsMatch(before)) && !NotACaseInside().IsMatch(m.Value))
                {
                    found.Add(Flag(text, m.Index, m.Length, SafeguardingKind.CaseNumber, "case-number"));
                }
            }
        }
    }

    // "2019", "1998": four digits opening with 19 or 20.
    private static bool IsYear(string digits) => digits.Length == 4 && (digits.StartsWith("19", StringComparison.Ordinal) || digits.StartsWith("20", StringComparison.Ordinal));

    private static void AddCodedReferences(List<SafeguardingFlag> found, string text)
    {
        foreach (Match m in CodedReference().Matches(text))
        {
            // A year and a serial: "PAN/2019-2023" (two years) or "ECOWAS-2020" (no serial) is not a file.
            var groups = Digits().Matches(m.Value).Select(d => d.Value).ToList();
            var years = groups.Where((g, i) => IsYear(g) || IsShortYear(groups, i)).Count();
            var before = text[Math.Max(0, m.Index - 60)..m.Index];
            var registered = RegisteredAs().IsMatch(text.AsSpan(Math.Max(0, m.Index - 110), Math.Min(m.Index, 110))) && groups.Count >= 2;
            // "logged the report as …": what a case is logged as is the case's number, whatever "report" names.
            if (((years >= 1 && years < groups.Count) || registered) && (registered || !IsInstrument(before)))
            {
                found.Add(Flag(text, m.Index, m.Length, SafeguardingKind.CaseNumber, "case-number"));
            }
        }

        // "HRZ/PED/24/1126", "FJE-PED-24-03317": a register's two-digit year (2015–2035) before a serial of three digits or more.
        static bool IsShortYear(List<string> groups, int i) =>
            groups[i].Length == 2 && int.Parse(groups[i], System.Globalization.CultureInfo.InvariantCulture) is >= 15 and <= 35
            && i + 1 < groups.Count && groups[i + 1].Length >= 3;
    }

    // A person's address, not an organisation's mailbox: "contact@…", "info@…", "ajb.secretariat@…"
    // are printed in colophons and guidelines for anyone to write to, and point to no child.
    private void AddEmails(List<SafeguardingFlag> found, string text)
    {
        foreach (Match m in Email().Matches(text))
        {
            var at = m.Value.IndexOf('@', StringComparison.Ordinal);
            var (localEnd, domainStart) = at >= 0 ? (at, at + 1) : (m.Value.IndexOfAny(['(', '[']), m.Value.IndexOfAny([')', ']']) + 1);
            var local = m.Value[..localEnd].TrimEnd();
            var domain = m.Value[domainStart..].TrimStart();
            // An address at a government domain ("dpe@social.gouv.bj", "protection.enfance@masef.gov.mr") is a
            // service's or an official's at work; one a secretariat or an institution is said to use is an organisation's.
            var service = GovernmentDomain().IsMatch(domain)
                || (PublicLine().IsMatch(text.AsSpan(Math.Max(0, m.Index - 50), Math.Min(m.Index, 50))) && !HasPersonCue(text.AsSpan(Math.Max(0, m.Index - 50), Math.Min(m.Index, 50))));
            // A webmail address is a person's, whatever words it holds ("armando.co.escola@gmail.com"), unless
            // the text gives it to a service ("the coalition's secretariat answers at ccrn.secretariat2@gmail.com").
            var webmail = WebmailDomain().IsMatch(domain);
            // At an organisation's own domain an address is the organisation's ("rtf.bouake@croixrouge-ci.org",
            // "avrrniger@iom.int") unless its local part holds a first name ("grace.quaye@…").
            var parts = local.Split(['.', '-', '_', '+']).Select(part => SafeguardingLexicon.Fold(part.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'))).ToList();
            var personal = parts.Any(_lexicon.FirstNames.Contains) && !parts.Any(_lexicon.Mailboxes.Contains);
            if (!service && (webmail || personal))
            {
                found.Add(Flag(text, m.Index, m.Length, SafeguardingKind.Email, "email-address"));
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

    /// <summary>
    /// The lexicon's words as one expression, interpreted rather than compiled: compiling emits and
    /// JIT-compiles it at every start, tens of milliseconds of a short <c>extract</c>, to save about
    /// 17 µs per passage (65 → 82 µs, SafeguardingBench), a fraction of a percent of a page's extraction.
    /// </summary>
    private static Regex WordAlternation(IEnumerable<string> words, bool plurals, TimeSpan timeout)
    {
        var alternatives = string.Join("|", words.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));
        var suffix = plurals ? "(?:s|x)?" : "";
        return new Regex($@"(?<![\p{{L}}])(?:{alternatives}){suffix}(?![\p{{L}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, timeout);
    }

    // "aminata.dembele (at) yahoo.fr", "x [at] y.org": an address written so that robots miss it is one still.
    [GeneratedRegex(@"[\p{L}\p{N}._%+-]+(?:@|\s?[(\[](?i:at|arobase)[)\]]\s?)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}")]
    private static partial Regex Email();

    // With a country code: +227 90 12 34 56, 00224 622 12 34 56, (+226) 70.12.34.56, (226) 70 12 34 56,
    // +232 (0)78 123456, +234-803-123-4567, +33 6 12 34 56 78. The digits after the code are counted in
    // code (seven at least), so that "+12 345" in a table is not a number.
    [GeneratedRegex(@"(?<![\w+])(?:\(\s*(?:\+|00)\s?\d{1,3}\s*\)|\(\s*2[2-4]\d\s*\)|\+\s?\d{1,3}|00\s?2\d{2})[\s.-]?(?:\(0\)\s?)?\d{1,4}(?:[\s.-]?\d{2,4}){1,5}(?![\d,.]\d)")]
    private static partial Regex InternationalPhone();

    // A local number with a word that says it is one, a few words before it: "Tél. : 90 12 34 56",
    // "WhatsApp 622 12 34 56", "numéro de la mère : 76 12 34 56", "reached on 7012345".
    [GeneratedRegex(@"(?<![\p{L}])(?i:t[ée]l(?:[ée]phone)?\.?|tel\.?|phone|cell(?:ulaire|phone)?|mobile|portable|gsm|whatsapp|viber|sms|joignable|joindre|jointe?|rejoindre|num[ée]ro|reachable|number|contact|reached|reach|call|appeler|appelez|composer|rappel|rappeler|callback|call\s+back)(?![\p{L}])(?:\s+[\p{L}'’()]+){0,5}?\s*[:(,]?\s*(?<n>\d{2,4}(?:[\s.-]\d{2,4}){2,4}|\d{7,11}|\d{3,4}[\s.-]\d{3}(?![\s.-]?\d))(?![\d,.]\d)(?!\s*(?i:%|fcfa|f\s?cfa|francs?|cedis?|naira|leones?|dalasis?|ouguiyas?|ghs|ngn|usd|eur|\$|€|personnes|enfants|cas|habitants|people|children|cases|km|kg))")]
    private static partial Regex LocalPhone();

    // Shapes no figure takes, without a cue word: a national number with its trunk 0 and nine digits
    // or more (0803 123 4567, 024.624.5793, 0806-147-4224, 07 07 12 34 56, 076 123456), and a
    // dotted or dashed number in pairs (70.12.34.56, 77-805-24-68, 622-12-34-56). A toll-free
    // public line (0800…, 800 00 12 34) is left to the hotline rule.
    [GeneratedRegex(@"(?<![\w.,/+-])(?:0\d{1,3}(?:[\s.-]?\d{2,4}){2,4}|\d{2,3}(?<sep>[.-])\d{2,3}(?:\k<sep>\d{2}){2,3}|6\s[5-9]\d(?:\s\d{2}){3})(?![\w/-]|[.,]\d)")]
    private static partial Regex ShapedPhone();

    // Eight digits in pairs (70 45 12 89) or nine in the Senegalese and Guinean groupings (77 123 45 67,
    // 622 12 34 56), standing alone: a longer run of figures is a table row, and thousands are grouped by three.
    [GeneratedRegex(@"(?<!\d[,.]\s?|\d)(?:[2-9](?:\s\d{2}){4}|\d{2}(?:\s\d{2}){3}|\d{2}\s\d{3}\s\d{2}\s\d{2}|\d{3}(?:\s\d{2}){3})(?!\s?[\d,.]\d|\d|\s\d|\s*(?i:%|fcfa|f\s?cfa|francs?|cedis?|naira|ghs|ngn|usd|eur|\$|€))")]
    private static partial Regex PairedNumber();

    [GeneratedRegex(@"(?i:ligne\s+(?:verte|d['’]écoute|d['’]assistance|d['’]urgence|gratuite|nationale)|helpline|hotline|help\s+line|hot\s+line|num[ée]ro\s+d['’]urgence|emergency\s+(?:number|line)|standard|switchboard|secrétariat|secretariat|head\s+office|siège|bureau\s+(?:national|régional|pays|de\s+l['’]ONG)|country\s+office|call\s+cent(?:re|er)|centre\s+d['’]appels?|service\s+client|customer\s+service|contact\s+institutionnel|institutional\s+contact|(?-i:\p{Lu}{3,})\s+(?:line|ligne))")]
    private static partial Regex PublicLine();

    [GeneratedRegex(@"(?i:(?<![\p{L}])(?:père|mère|parents?|famille|tuteur|tutrice|oncle|tante|grand-mère|grand-père|frère|sœur|victime|fillette|fille|garçon|enfant|élève|father|mother|family|guardian|uncle|aunt|grandmother|brother|sister|victim|girl|boy|child|pupil|caseworker|travailleu[rs]e?\s+social|social\s+worker|caller|appelante?|neighbou?r|voisine?|auntie|tantie|teacher|enseignante?|host|logeuse|employer|employeur|employeuse|patronne?|grandma|granny|cousine?|stepmother|stepfather|marâtre)(?![\p{L}-]))")]
    private static partial Regex PersonCue();

    [GeneratedRegex(@"(?i:(?:num[ée]ro\s+vert|ligne\s+verte|num[ée]ro\s+gratuit|appel\s+gratuit|toll[-\s]?free|freephone|free\s+(?:line|number|call))[^.;]{0,25}|(?<![\p{L}])(?:isbn|issn|doi|r[ée]f\.?)\s*:?\s*)$")]
    private static partial Regex NotAPhoneBefore();

    // A file named by its register or kind, then its number: "dossier n° 2021/145", "affaire RG n° 123",
    // "procédure n° RP 470/2022", "N° parquet : 2021/88", "PV n°12/CB", "case no. 45-2021",
    // "Suit No. FHC/KN/CR/153/2019", "file number 2020-0031". Up to three words may stand between the
    // kind and a letter-coded number ("dossier d'assistance éducative AE-2023-7571", "care order file
    // CO-2023-1234"); a bare number needs the kind right before it, or a "n°", so that "le dossier de
    // 2019" is not a file number.
    [GeneratedRegex(@"(?<![\p{L}])(?:(?i:n°|nº|no\.?)\s*(?:(?i:de|du|d['’])\s*)?)?(?:(?i:dossiers?|affaires?|plaintes?|proc[èe]dures?|proc[èe]s-verbal|parquet|jugement|judgment|judgement|registre|matricule|r[ée]f[ée]rence|r[ée]f|case|file|complaint|charge|suit|petition|appeal|docket|occurrence|incident|referral|signalement|fiche|identifiant|form|formulaire|cpims\+?|primero|ticket|alert|alerte|hcr|unhcr|progres|registration|enregistrement|admission|patiente?|sheet|folder|intake|statement|suivi|follow-up|cas|record)|PV|RG|RP|RI|RPC|OB|CR|CMS|ID)(?![\p{L}])\.?(?:(?:\s+(?:(?i:d['’]|de\s+|du\s+|des\s+|au\s+|of\s+|the\s+)?[\p{L}'’-]+)){0,3}?\s*:?\s*(?:(?i:n°|nº|no\.?)\s*)?[A-Z]{1,6}(?:[/-][A-Z0-9]{1,8})*[/-]\d[\w/-]*\d|\s*:?\s*(?i:n°|nº|no\.?|num[ée]ro|number|#|:)\s*(?:[A-Z]{1,4}(?:-[A-Z]{1,4})?\s)?[A-Z0-9][\w/.-]*\d[\w/-]*|\s*\(?(?:[A-Z]{1,4}(?:-[A-Z]{1,4})?\s)?(?=[\w/.-]*\d)(?=[A-Z0-9]*[/-]|\d{3})[A-Z0-9][\w/.-]*\d[\w/-]*)")]
    private static partial Regex CaseNumber();

    // A reference coded in letters, numbers and a year, standing alone: "CP/BKO/2024/8494",
    // "DSW/NR/2019/6624", "FHC/KN/CR/153/2019", "AE-2023-7571". United Nations symbols open with one
    // letter ("A/HRC/45/12", "E/CN.6/2020/3") and are left alone, as are codes a law, decree, report
    // or plan word introduces (checked in code).
    [GeneratedRegex(@"(?<![\w/.-])[A-Z]{2,6}(?:[/-][A-Z]{1,6}){0,4}(?:[/-]\d{1,6}){2,3}(?:[/-][A-Z]{1,6})?(?![\w/-])")]
    private static partial Regex CodedReference();

    [GeneratedRegex(@"(?i:(?<![\p{L}])(?:loi|law|act|décret|decree|arrêté|ordonnance|ordinance|circulaire|circular|rapport|report|document|paper|working\s+paper|résolution|resolution|convention|isbn|issn|doi|plan|programme|program|projet|project|budget|(?<!(?:et|il|elle|on|qui|and|she|he|who)\s)note|décision|decision|directive|règlement|regulation|accord|agreement|norme|standard|avis|communiqué|recommandation|observations?|protocole|protocol|traité|treaty|charte|charter|code|délibération|gazette|journal\s+officiel|bulletin|édition|edition|issue|volume|vol\.|revue|magazine|stratégie|strategy|politique|policy|évaluation|evaluation|étude|study|survey|assessment|feuille\s+de\s+route|roadmap|marché|tender|appel\s+d['’]offres|contrat|contract|licence|license|permis|statuts|récépissé|agrément)s?(?:\s+(?:(?:de|du|des|d['’]|of|the|la|le|l['’])\s*)?[\p{L}'’-]+){0,5}?\s*[,:]?\s*(?:(?:n°|nº|no\.?|number|num[ée]ro|r[ée]f\.|r[ée]f[ée]rence)\s*)?[,:]?\s*\(?\s*)$")]
    private static partial Regex InstrumentBefore();

    [GeneratedRegex(@"(?i:logged|registered|recorded|filed|opened|referred|enregistr\p{L}*|référencé\p{L}*|consigné\p{L}*|ouvert\p{L}*|transmis\p{L}*)(?![\p{L}])(?:[^.;]{0,60}?(?i:as|under|sous))?\s*(?:(?i:the\s+)?(?i:number|no\.?|n°|le\s+numéro|numéro|reference|référence)\s*)?:?\s*$")]
    private static partial Regex RegisteredAs();

    // "Evaluation report, Ref. EVAL/…": the full stop of an abbreviated "Ref." or "No." ends no clause.
    [GeneratedRegex(@"(?<!(?<![\p{L}])(?i:r[ée]f|no))[.;!?](?=\s)|\n|•")]
    private static partial Regex SentenceBreak();

    // After a quote, its speaker: "», explique-t-elle", "», confie Habsatou", "», a confié Mory Kourouma",
    // ",” said Fuseina", "," she recalled".
    [GeneratedRegex(@"\G\s*[,.]?\s*(?:(?<n>" + NameWords + @")\s+(?=(?i:told|recalled|recalls|said|says|explained|explains|added|remembers|remembered|writes|wrote|raconte|explique|confie|ajoute|dit|témoigne|écrit)(?![\p{L}])))?(?:(?i:she|he|they|elle|il|ils|elles)\s+)?(?:(?i:a|avait|had|has|ont|avaient)\s+)?(?:\p{Ll}+-(?:t-)?(?:elle|il|ils|elles)(?:\s+(?i:dit|expliqué|raconté|confié|ajouté|répondu|murmuré|déclaré))?|(?i:répète|répété|confie|confié|raconte|raconté|explique|expliqué|témoigne|témoigné|dit|ajoute|ajouté|poursuit|poursuivi|se\s+souvient|murmure|murmuré|souffle|soufflé|lâche|lâché|said|says|recalls|recalled|explains|explained|adds|added|told|whispers|whispered|continues|continued|remembers|remembered|écrit|écrivait|writes|wrote))(?:\s+(?i:elle|il|she|he|the\s+[\p{L}\s]{1,30}?))?(?:\s+(?<n>\p{Lu}[\p{Ll}\p{Mn}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{Mn}'’-]+){0,2}))?")]
    private static partial Regex SpeechAfterQuote();

    // A quote set up by its speaker: "…, a déclaré :", "…, said:", "stated that".
    [GeneratedRegex(@"(?i:(?:a|ont|avait)\s+(?:déclaré|affirmé|souligné|indiqué|rappelé|ajouté|annoncé|estimé|insisté)|déclare|affirme|souligne|indique|rappelle|said|says|stated|declared|noted|added|told\s+\w+)\s*(?:que|that)?\s*:?\s*$")]
    private static partial Regex QuoteIntroduced();

    // Inside a quote, the verb that splits it: "« Je voulais continuer l'école, dit-elle, mais… »".
    [GeneratedRegex(@",\s*(?:\p{Ll}+-(?:t-)?(?:elle|il)|(?i:she|he)\s+(?:said|says|recalls|adds)|(?i:said|says)\s+(?:she|he))\s*,")]
    private static partial Regex SpeechInsideQuote();

    [GeneratedRegex(@"(?i)(?:^|\.)(?:gouv|gov)(?:\.|$)")]
    private static partial Regex GovernmentDomain();

    // A caption of a strip of photos ("Ci-dessous : …", "Below: …") tells that the passage is captions.
    [GeneratedRegex(@"^\s*(?i:ci-dessous|ci-dessus|ci-contre|below|above|left|right|à\s+gauche|à\s+droite|en\s+haut|en\s+bas|top|bottom)\s*[:–—]")]
    private static partial Regex CaptionMarker();

    // A caption's subject: "Un garçon d'une douzaine d'années transporte…", "A girl in a blue school uniform holds…".
    [GeneratedRegex(@"^\s*(?i:une?|a|an|deux|trois|two|three)\s+(?:(?i:jeune|petite?|young|little|small)\s+)?(?i:fille|fillette|garçon|garçonnet|enfant|enfants|adolescente?|élève|girl|boy|child|children|teenager|pupil|schoolgirl|schoolboy|talibé|almajiri|bébé|baby|nourrisson|infant)(?![\p{L}])")]
    private static partial Regex ChildSubjectStart();

    [GeneratedRegex(@"^\s*[(,]?\s*(?:[\p{L}-]+\s+){0,2}(?i:switchboard|standard|central|réception|reception|secrétariat|secretariat)(?![\p{L}])")]
    private static partial Regex SwitchboardAfter();

    [GeneratedRegex(@"(?i)(?<![\p{L}])(?:nous|notre|nos|we|us|our)(?![\p{L}])")]
    private static partial Regex FirstPersonPlural();

    // Other signs that a passage is about one child: an age in words ("treize ans", "fifteen-year-old"), a
    // school class, the questions asked of a child, a changed name, a name after « le jeune », "little".
    [GeneratedRegex(@"(?<![\p{L}])(?i:" + AgeWordFr + "|" + AgeWordEn + @")[\s-](?i:ans|years?[\s-]old)(?![\p{L}])|(?<![\p{L}])(?:(?:CP|CE|CM)[12]|(?i:grade|class|primary|basic|jhs|jss|shs|sss|form)\s+[1-9])(?![\p{L}\d])|\p{Lu}\p{Ll}+,\s+(?i:" + AgeWordFr + "|" + AgeWordEn + @")\s*,|(?i:born|née?|dob|date\s+de\s+naissance|date\s+of\s+birth)\s*:?\s*(?:(?:le|on|en|in)\s+)?(?:\d{1,2}[./-]\d{1,2}[./-])?20[0-2]\d|(?<![\p{L}])SS\s?[1-3](?!\d)|(?<![\p{L}])(?i:was|is|then|now|aged|turned)\s+(?!(?i:one)\b)(?i:" + AgeWordEn + @")(?![\p{L}-])|(?<![\p{L}])(?i:is\s+about|is\s+around|a\s+environ|aged\s+about)\s+(?:1[0-7]|[1-9])(?![\d%.,])|(?i:street[\s-]children|enfants?\s+des\s+rues)|(?<![\p{L}])(?i:la|le|the)\s+(?i:jeune|petite?|little|young)\s+\p{Lu}\p{Ll}|(?i:père|mère|father|mother|oncle|uncle|tante|aunt|tuteur|guardian)(?:\s+(?i:adoptive?|biologique|d['’]accueil|foster))?\s+(?:d['’]|de\s+|of\s+)\p{Lu}|(?i:famille\s+d['’]accueil|host\s+family|familles\s+de)|(?i:marraine|parrain|filleule?|sponsor|sponsored\s+child)(?![\p{L}])|(?i:déclaration|déposition|audition|statement|complaint|plainte)\s+(?i:de|d['’]|of|from)\s+(?:(?i:la|the)\s+)?(?:\p{Lu}|(?i:plaignante|victime|complainant|survivor|victim))|(?i:lettre|letter)\s+(?i:de|d['’]|from)\s+\p{Lu}[^.:]{0,40}(?i:tradui|translated)|(?i:traduction\s+de\s+la\s+lettre|translation\s+of\s+the\s+letter)|(?i:quel\s+âge|how\s+old\s+are\s+you|t['’]appelles|your\s+name\?|not\s+(?:her|his)\s+real\s+name|prénom\s+(?:modifié|d['’]emprunt)|nom\s+d['’]emprunt)")]
    private static partial Regex ChildCue();

    // Webmail, and the mail of the telecoms and post offices people in the region and in France use
    // ("@orange.sn", "@moov.mg", "@laposte.net", "@sapo.cv").
    [GeneratedRegex(@"^(?i:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|mac|aol|proton|protonmail|gmx|mail|email|orange|wanadoo|free|sfr|laposte|sapo|moov|mtn|airtel|glo|africell|sonatel|malitel|onatel|tigo|vodafone|afrihub|zoho|yandex)\.")]
    private static partial Regex WebmailDomain();

    [GeneratedRegex(@"(?i:\baffaire|\bcase\s+of|\bcase|\bv\.|\bvs\.?|\bc\.)\s*$")]
    private static partial Regex NamedCaseBefore();

    [GeneratedRegex(@"(?<![\p{L}])(?i:in|à|dans|de|du|from|of|at|vers|entre|between)\s+\p{Lu}[\p{Ll}'’-]+(?:(?:,\s+|\s+(?i:and|et)\s+)\p{Lu}[\p{Ll}'’-]+)*(?:,\s+|\s+(?i:and|et)\s+)$")]
    private static partial Regex PlaceListBefore();

    // "à Maradi", "in Kano", "near Bawku": a run right after a preposition of place is a place for the model.
    [GeneratedRegex(@"(?<![\p{L}])(?i:à|au|aux|en|dans|vers|sur|in|at|from|near|towards)\s+$")]
    private static partial Regex PlaceBefore();

    [GeneratedRegex(@"\G\s*:")]
    private static partial Regex FieldLabelAfter();

    // Any child's age in a passage, cheaply: "14 ans", "aged 13", "a 12-year-old", "(16,".
    [GeneratedRegex(@"(?<![\p{L}\d])(?:1[0-7]|[1-9])(?:\s*ans(?![\p{L}])|\s*yrs?(?![\p{L}])|-year-old|\s+years?\s+old)|(?i:aged|âgée?s?\s+de)\s+(?:1[0-7]|[1-9])(?!\d)|(?<=[\p{L})]\s?)(?:,\s*(?:1[0-7]|[1-9])\s*,|\s\(\s*(?:1[0-7]|[1-9])\s*\))|(?<![\p{L}])(?i:is|was|now|turned)\s+(?:1[0-7]|[1-9])(?![\d%]|[.,]\d)(?!\s*(?i:%|percent|per|km|kg|times|hours|days|weeks|months|years\s+ago))|(?<![\p{L}])[AÂ]ge\s*:?\s*(?:1[0-7]|[1-9])(?![\d%-])|,\s*(?:1[0-7]|[1-9])\s+years?(?=\s*[,;.)])|(?<![\p{L}])(?:(?i:avait|is|was)|(?<!(?i:y)\s)(?i:a))\s+(?i:" + AgeWordFr + "|" + AgeWordEn + @")[\s-](?i:ans|years?[\s-]old)(?![\p{L}])")]
    private static partial Regex AnyChildAge();

    [GeneratedRegex(@"[\p{L}][\p{L}.'’-]*")]
    private static partial Regex Words();

    private const string NameWord = @"\p{Lu}[\p{Ll}\p{Mn}'’]+(?:-\p{Lu}?[\p{Ll}\p{Mn}'’]+)*";

    private const string NameWords = NameWord + @"(?:\s+" + NameWord + "){0,2}";

    // Someone a child is known through, then the name: "Sa mère, Pauline Ouédraogo", "sa tante maternelle,
    // Khadijetou Sall", "Leur maître, Serigne Modou Faye", "Her elder brother, Drissa Konaté", "a foster
    // mother, Halimé Youssouf", "Guardian: Mrs Ngozi Okafor", "Grandmother Hawa Toe", "Son oncle, M. D.",
    // "the caregiver, Ya Kaltumi", "The host family, Kwame and Abena Asante", "qui héberge Fanta".
    [GeneratedRegex(@"(?<![\p{L}])(?:(?i:sa|son|ses|leur|leurs|la|le|l['’]|une?|her|his|their|the|a|an)\s+(?:(?:child|boy|girl|victim|enfant)['’]s\s+)?)?(?:(?i:petite?|grande?|vieille|vieux|elder|older|younger|big|little|foster|adoptive|maternal|paternal|step|propre|own)\s+)?(?i:mère|père|tante|oncle|grand-mère|grand-père|grand-oncle|grand-tante|sœur|soeur|frère|cousine?|tuteur|tutrice|marâtre|belle-mère|beau-père|maître(?:\s+coranique)?|marabout|patronne?|employeur|employeuse|voisine?|logeuse|logeur|chef\s+de\s+(?:famille|ménage)|famille\s+d['’]accueil|épouse|mari|mother|father|aunt|uncle|grandmother|grandfather|grandma|granny|guardian|caregiver|carer|sister|brother|cousin|mum|mom|dad|tutor|madam|employer|neighbou?r|landlady|landlord|host(?:\s+family)?|foster\s+family|famille\s+hôte|teacher|enseignante?|institutrice|instituteur|mallam|imam|(?-i:maman)|marraine|master|stepfather|stepmother|step-father|step-mother|godmother|godfather|tonton|tata)(?:\s+(?i:maternelle|paternel(?:le)?|aînée?|cadette?|adoptive?|d['’]accueil))?(?:\s+(?i:in|à|at|de|d['’])\s*\p{Lu}[\p{L}'’-]+)?(?:\s+(?i:qui|which|that|who)\s+(?i:héberge|accueille|hosts|is\s+hosting|looks\s+after|cares\s+for)|\s*[,:]|\s+(?=\p{Lu}))\s*(?:(?!(?:et|and|ou|or|qui|who|que|that|née?)\s)\p{Ll}{2,5}\s+(?=\p{Lu}))?(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Madame|Monsieur|Ya|Baba|Mama|Hadja|El\s+Hadji|Alhaji|Hajia|Malam|Mallam|Pa)\s+)?(?<n>(?:\p{Lu}\.\s?){2,3}|" + NameWords + @"(?:\s+(?i:et|and)\s+" + NameWords + @")?)")]
    private static partial Regex RelativeThenName();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.])(?<n>" + NameWords + @")\s*[,(]\s*(?:(?i:une?|a|an)\s+(?:[\p{L}\d-]+\s+){0,4}?)?(?:(?i:âgée?s?|aged)\s+(?:de\s+)?(?:1[0-7]|[1-9]|(?i:" + AgeWordFr + "|" + AgeWordEn + @"))(?![\p{L}\d])(?!\s*(?:-|–|(?i:to|à))\s*\d)|(?:1[0-7]|[1-9])(?:\s*ans(?![\p{L}])|-year-old|\s*[,)])|(?i:" + AgeWordFr + "|" + AgeWordEn + @")\s*(?:ans|years?\s+old)?\s*,|(?i:née?|born)\s+(?i:le|on|en|in)\s)")]
    private static partial Regex NameThenChildAge();

    [GeneratedRegex(@"(?<![\p{L}])(?<n>" + NameWords + @")(?:\s*,\s*(?<n>" + NameWords + @"))*\s+(?i:et|and|&)\s+(?:(?i:son|sa|her|his|their|leur)\s+(?:(?i:petite?|grande?|younger|elder|older|little|big)\s+)?(?i:frère|sœur|soeur|cousine?|brother|sister|cousin)\s+)?(?<n>" + NameWords + @")\s*,\s*(?:(?i:deux|trois|quatre|two|three|four)\s+\p{Ll}+\s+(?i:de|of|aged)\s+|(?i:aged|âgée?s?\s+de)\s+)?(?:1[0-7]|[1-9])(?:\s*,\s*(?:1[0-7]|[1-9]))*\s+(?i:et|and)\s+(?:1[0-7]|[1-9])(?![\d%])")]
    private static partial Regex NamesThenAges();

    // Children named after the word for them: "Trois enfants, Ali, Mahamat et Zara,", "two sisters: Awa and Fanta".
    [GeneratedRegex(@"(?<![\p{L}])(?i:enfants|filles|fillettes|garçons|sœurs|soeurs|frères|jumeaux|jumelles|victimes|children|girls|boys|siblings|sisters|brothers|twins|victims)\s*[,:]\s*(?<n>" + NameWords + @")(?:\s*,\s*(?<n>" + NameWords + @"))*\s+(?i:et|and|&)\s+(?<n>" + NameWords + ")")]
    private static partial Regex ChildrenThenNames();

    private const string RelativeWord = @"(?i:mère|père|tante|oncle|grand-mère|grand-père|sœur|soeur|frère|cousine?|tuteur|tutrice|enseignante?|institutrice|instituteur|maître|maîtresse|patronne?|mother|father|aunt|uncle|grandmother|grandfather|guardian|sister|brother|cousin|teacher|employer|madam)";

    private const string Courtesy = @"(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Madame|Monsieur|Ya|Hadja|Alhaji|Hajia)\s+)?";

    // "la mère de Rabi, Mme Fati Oumarou", "l'enseignante de Brenda, Mme Pauline Ngo Mbock", "The mother of
    // Rabi, Mrs Hadiza Musa", "Abena's aunt, Akua Serwaa": the child and the relative, both named.
    [GeneratedRegex(@"(?<![\p{L}])(?:(?i:la|le|l['’]|the)\s*" + RelativeWord + @"\s+(?i:de|d['’]|of)\s*(?<n>" + NameWord + @")|(?<n>" + NameWord + @")['’]s\s+" + RelativeWord + @")\s*,\s*" + Courtesy + @"(?<n>" + NameWords + ")")]
    private static partial Regex RelativeOfChild();

    // "Zeinabou et sa grand-mère", "Hauwa and her grandmother": the child named beside a relative.
    [GeneratedRegex(@"(?<![\p{L}])(?<n>" + NameWords + @")\s+(?i:et|and)\s+(?i:sa|son|ses|leur|her|his|their)\s+(?:(?i:petite?|grande?|younger|elder|older|little|big)\s+)?" + RelativeWord)]
    private static partial Regex ChildAndRelative();

    // A nickname in quotes: "Bintou dite « Bibi »", "known as "Baby Girl"", "his friends call "Small Soldier"".
    [GeneratedRegex(@"(?<![\p{L}])(?i:dite?|surnommée?|appelée?|alias|known\s+as|called|call|nicknamed)\s*[«“""‘']\s*(?<n>\p{Lu}[^«»“”""‘’']{1,28}?)\s*[»”""’']")]
    private static partial Regex Nickname();

    // A child written as a record's label: "La victime (A. S.)", "Child: A. K.", "élève Houéfa Dossou (CM1)".
    [GeneratedRegex(@"(?<![\p{L}])(?:(?i:victime|victim|enfant|child|élève|pupil|mineure?|minor|survivante?|survivor)\s*(?:\(\s*(?<n>(?:\p{Lu}\.\s?){2,3})\s*\)|:\s*(?<n>(?:\p{Lu}\.\s?){2,3}|" + NameWords + @"))|(?:élève|pupil|enfant|child)\s+(?<n>" + NameWord + @"\s+" + NameWord + @")(?=\s*[(,]))")]
    private static partial Regex ChildLabel();

    // Names listed, then what they are: "Esther Mbuyi, Grâce Kalala et Miradie Tshibuabua, toutes trois mineures".
    [GeneratedRegex(@"(?<![\p{L}])(?<n>" + NameWords + @")(?:\s*,\s*(?<n>" + NameWords + @"))*\s+(?i:et|and|&)\s+(?<n>" + NameWords + @")\s*,\s*(?:(?i:toutes?|tous|all|both)\s+)?(?:(?i:deux|trois|quatre|cinq|two|three|four|five)\s+)?(?i:mineures?|mineurs|enfants|filles|fillettes|garçons|élèves|victimes|minors|children|girls|boys|pupils|victims|sœurs|frères|sisters|brothers)(?![\p{L}])")]
    private static partial Regex NamesThenChildWord();

    [GeneratedRegex(@"(?<![\p{L}])(?<t>\p{L}[\p{L}-]+)(?:\s*,?\s+(?i:de|des|du|d['’]|de\s+la|de\s+l['’]|et\s+de(?:\s+la|\s+l['’])?|pour|of|for|and|the|la|le|l['’])\s*[\p{L}'’-]+(?:\s+\p{Ll}[\p{L}-]+)?){1,6}\s*,?\s*$")]
    private static partial Regex TitleRunBefore();

    [GeneratedRegex(@"^(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s*,\s*(?<a>[^,;.()«»“”""]{1,60})[,;.)]")]
    private static partial Regex AppositionAfter();

    [GeneratedRegex(@"(?:[\p{L}-]+\s+)?(?<w>[\p{L}-]+)\s*,?$")]
    private static partial Regex LastTwoWords();

    [GeneratedRegex(@"^(?i:case\s+worker|social\s+worker|case\s+manager|travailleur\s+social|travailleuse\s+sociale|assistante?\s+sociale?|agent\s+social)\s*,?$")]
    private static partial Regex RoleOfTwoWords();

    [GeneratedRegex(@"\s+(?:et|and|&)\s+")]
    private static partial Regex JoinedNames();

    [GeneratedRegex(@"\G\s+(?i:et|and|&)\s+(?<n>" + NameWords + ")")]
    private static partial Regex JoinedNameAfter();

    [GeneratedRegex(@"(?<![\p{L}])(?<n>" + NameWords + @")\s+(?i:et|and|&)\s+$")]
    private static partial Regex JoinedNameBefore();

    [GeneratedRegex(@"(?:[\p{L}'’-]+\s+){0,2}$")]
    private static partial Regex TwoWordsBefore();

    [GeneratedRegex(@"(?i:police|gendarmerie|commissariat|brigade|tribunal|court|juge|judge|magistrat|parquet|prosecutor|procureur|enquête|investigation|medical|médical|social\s+welfare|action\s+sociale)")]
    private static partial Regex CourtOrPolice();

    // "sous le numéro 0123/2021/TGI-O", "n° 45/2020": any number with a slash or a dash after a "n°" or a
    // "numéro" (what it numbers is checked in code: "loi n° 2015-08", "document de travail n° 12/2021" are not files).
    [GeneratedRegex(@"(?<![\p{L}])(?i:num[ée]ro|number|n°|nº|no\.)\s*:?\s*(?:[A-Z]{1,6}(?:-[A-Z]{1,6})?\s)?(?=[\w/-]*\d[/-])[A-Z0-9][\w-]*[/-][\w/-]*\d[\w/-]*")]
    private static partial Regex NumberedCode();

    [GeneratedRegex(@"(?i:isbn|issn|doi)")]
    private static partial Regex NotACaseInside();

    // A dwelling or a street with its number, then the rest of the address it opens: "rue 12.34, porte 56",
    // "secteur 15, rue 15.221, porte 32", "villa n° 314, cité Keur Gorgui", "lot 1234, parcelle B",
    // "12 rue des Écoles", "Plot 102, Block C, Kpone Estate", "House 90, Lane 3, off Bakau New Town Road",
    // "No. 45 Ahmadu Bello Way", "H/No. 12", "45 Ring Road". A number followed by a unit ("house 2 km
    // away") or a year ("2019 Kano Road…") is not one.
    [GeneratedRegex(@"(?:(?<![\p{L}])(?i:rue|avenue|av\.|boulevard|bd|impasse|allée|route|villa|maison|immeuble|imm\.|appartement|appt\.?|bâtiment|bât\.|lot|parcelle|porte|concession|carré|îlot|ilot|bloc|secteur|plot|house|h/no\.?|flat|apartment|apt\.?|block|compound|lane|street|road|close|crescent|kiosque|kiosk|tent|tente)\s*(?:(?i:n°|nº|no\.?|number|#)\s*)?(?:[A-Z]{1,3}[-\s.]?)?(?!(?:19|20)\d\d\b)\d{1,5}[A-Z]?(?:[.,/-]\d+)?(?!\d|,\d|\s*(?i:km|m|%|ans|years|hours|heures|mois|months|kilom|fois|times|enfants|children|filles|girls)(?![\p{L}])))" + AddressChain)]
    private static partial Regex DwellingAddress();

    [GeneratedRegex(@"(?<![\p{L}])(?:(?i:quartier|secteur)\s+\p{Lu}[\p{L}'’-]+\s*,\s*)?(?i:avenue|rue|boulevard|allée|impasse|street|road|avenida)\s+(?:(?i:des|du|de\s+la|de\s+l['’]|de|d['’]|of\s+the|the)\s*)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s*,\s*(?i:n°|nº|no\.?|number|num[ée]ro)\s*\d{1,5}|(?i:compound|concession|maison|house)\s+(?i:of\s+the|de\s+la\s+famille|des|du)\s+\p{Lu}[\p{L}'’-]+(?:\s+(?i:family))?")]
    private static partial Regex NamedStreetThenNumber();

    [GeneratedRegex(@"(?:(?<![\p{L}\d])(?:(?i:n°|nº|no\.?)\s*)?(?!(?:19|20)\d\d\b)\d{1,4}(?:\s?(?:bis|ter|[A-Z]))?,?\s+(?i:rue|avenue|boulevard|bd|allée|impasse|route|chemin|place)\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})" + AddressChain)]
    private static partial Regex NumberedStreetFr();

    [GeneratedRegex(@"(?:(?<![\p{L}\d])(?:(?i:no\.?)\s*)?(?!(?:19|20)\d\d\b)\d{1,4}[A-Z]?,?\s+(?:\p{Lu}[\p{L}'’.-]+\s+){1,4}(?:Street|St\.|Road|Rd\.?|Way|Avenue|Ave\.?|Lane|Close|Crescent|Drive|Highway|Estate|Layout|Quarters|Extension)\b)" + AddressChain)]
    private static partial Regex NumberedStreetEn();

    // The rest of an address after its first part: ", cité Keur Gorgui", ", Block C, Kpone Estate", ", off Bakau New Town Road".
    private const string AddressChain = @"(?:\s*,?\s*(?:(?i:cité|quartier|secteur|rue|porte|lot|parcelle|villa|îlot|bloc|block|lane|plot|house|flat|street|compound|off|near|behind|opposite|derrière|près\s+de|près\s+du)\s+(?:n°\s*)?[\p{Lu}\d][\p{L}\d'’./-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\d[\w./-]*)){0,4}|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:Estate|Layout|Road|Street|Way|Avenue|Lane|Close|Quarters|Extension)\b))*";

    // A post-office box (BP 1234, B.P. 56, P.O. Box 789, PMB 12): an organisation's as often as a
    // family's, so flagged only in a sentence about a child or a family (checked in code).
    [GeneratedRegex(@"(?<![\p{L}])(?:\d{2}\s+)?(?:B\.?\s?P\.?|P\.?\s?O\.?\s+Box|PO\s+Box|Box|PMB|P\.?M\.?B\.?|Private\s+Mail\s+Bag|Boîte\s+postale)\s*(?:n°\s*)?\d{1,6}(?:\s+\p{Lu}[\p{L}'’-]+(?:\s+\d{2}(?!\d))?)?")]
    private static partial Regex PostBox();

    // A dwelling told by a landmark: "derrière la grande mosquée de Gounghin", "à côté du marché de
    // Sabon Gari", "behind the central mosque", "opposite the Total filling station". Flagged only
    // in a sentence about a child or a family, or one that says someone lives there (checked in code).
    [GeneratedRegex(@"(?<![\p{L}])(?i:derrière|à\s+côté\s+d(?:e\s+la|e\s+l['’]|u)|en\s+face\s+d(?:e\s+la|e\s+l['’]|u)|près\s+d(?:e\s+la|e\s+l['’]|u)|non\s+loin\s+d(?:e\s+la|e\s+l['’]|u)|behind|next\s+to|opposite|close\s+to|near)\s*(?i:la|le|l['’]|the)?\s*(?i:(?:grande?|petite?|vieille|nouvelle|ancienne?|central|big|old|new|main)\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){0,2}(?i:mosquée|église|chapelle|marché|école|pharmacie|station(?:-service)?|gare|boutique|dispensaire|CSPS|CSI|maternité|château\s+d['’]eau|forage|moulin|mosque|church|chapel|market|school|pharmacy|filling\s+station|petrol\s+station|clinic|health\s+post|water\s+tower|borehole|mill)(?:\s+(?:[\p{Lu}][\p{L}'’-]+))?(?:\s+(?i:de|du|d['’]|of|in)\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)?")]
    private static partial Regex Landmark();

    [GeneratedRegex(@"(?i:(?<![\p{L}])(?:vit|vivait|vivent|vivaient|vivant|habite|habitait|habitent|habitant|loge|logeait|logée?|hébergée?|réside|résidait|résidant|domicili[ée]e?|demeure|demeurait|lives|lived|living|stays|stayed|staying|resides|resided|lodged|housed|home|domicile|famille|family|parents?|père|mère|father|mother|tuteur|tutrice|guardian|oncle|tante|uncle|aunt|grand-mère|grandmother)(?![\p{L}]))")]
    private static partial Regex HomeCue();

    // "13.5127, 2.1126", "N 13.5127° E 2.1126°", "13,51274 ; -2,11264": four decimals at least, since
    // "12,345, 13,456" is two figures in English thousands.
    [GeneratedRegex(@"(?<![\d.,])(?:[NS]\s?)?-?\d{1,2}[.,]\d{4,}\s*°?\s*[NS]?(?:\s*[,;/]\s*|\s+)(?:[EOW]\s?)?-?\d{1,3}[.,]\d{4,}\s*°?\s*[EOW]?(?![\d])")]
    private static partial Regex DecimalCoordinates();

    // Degrees and minutes, with or without seconds, minutes decimal or not, the hemisphere before or
    // after as a letter or a word: 13°30'45" N, N 14°27.181' W 016°10.589', 12° 21′ 36″ Nord, 1°31'O.
    // Minutes make it a position: a lone "35°" is a temperature or an angle.
    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?:[NSEOW]|(?i:nord|sud|est|ouest|north|south|east|west))\s?)?\d{1,3}\s?°\s?\d{1,2}(?:[.,]\d+)?\s?(?:['′’]|(?i:min))(?:\s?\d{1,2}(?:[.,]\d+)?\s?(?:''|[""″”]|’’))?(?:\s?(?:[NSEOW]|(?i:nord|sud|est|ouest|north|south|east|west))(?![\p{L}]))?")]
    private static partial Regex DmsCoordinates();

    // Decimal degrees with a degree sign and a hemisphere (13.5127° N, N 2,1126°), or named as a
    // latitude or longitude (lat. 11,4651, long. -4,2711; Latitude: 7.19). "12,5 °C" is neither.
    [GeneratedRegex(@"(?<![\p{L}\d.,])(?:[NSEOW]\s?-?\d{1,3}[.,]\d{2,}\s?°|-?\d{1,3}[.,]\d{2,}\s?°\s?(?:[NSEOW]|(?i:nord|sud|est|ouest|north|south|east|west))(?![\p{L}]))|(?<![\p{L}])(?i:latitude|longitude|lat|long|lon|lng)\.?\s*[:=]?\s*[-+−]?\d{1,3}[.,]\d{2,}(?:\s?°)?(?:\s?[NSEOW](?![\p{L}]))?")]
    private static partial Regex LabelledCoordinates();

    // A Plus Code (7CQ8+2X, "6FR5+H8 Accra") or a what3words address (///maison.arbre.soleil).
    [GeneratedRegex(@"(?<![\w+])[23456789CFGHJMPQRVWX]{4,8}\+[23456789CFGHJMPQRVWX]{2,3}(?![\w+])|///\p{L}+\.\p{L}+\.\p{L}+")]
    private static partial Regex GridCode();

    // An individual's age: "Aïcha, 14 ans", "âgée de 13 ans", "une fille de 15 ans", "(12 ans)".
    // Groups and ranges ("des filles de 15 à 19 ans", "moins de 18 ans") are policy, not a child.
    [GeneratedRegex(@"(?:(?i:âgée?|agée?)\s+de\s+(?:\d{1,2}|(?i:" + AgeWordFr + @"))\s+ans(?!\s*(?:à|et|-|–)\s*\d)|(?<!\p{L})(?i:une?|la|le|cette|ce|sa|son)\s+(?:(?i:jeune|petite|petit)\s+)?(?i:fille|fillette|garçon|adolescente?|enfant|victime|élève|mineure?|talibé|écolière|écolier)\s+(?:âg[ée]e?\s+)?de\s+(?:\d{1,2}|(?i:" + AgeWordFr + @"))\s+ans(?!\s*(?:à|et|-|–)\s*\d)|(?:[,;]|(?<!(?i:âge|age|durée|peine|période|délai|mandat|ancienneté|expérience|validité|engagement|minimum|légal)[^.;:\n]{0,40}):)\s*(?:1[0-7]|[1-9]|(?i:" + AgeWordFr + @"))\s+ans\b(?!\s*(?:à|et|-|–)\s*\d)|\(\s*(?:1[0-7]|[1-9]|(?i:" + AgeWordFr + @"))\s+ans\s*[),])")]
    private static partial Regex AgeFr();

    // Other ways reports give one child's age: "une fillette d'environ douze ans", "un garçon de près de
    // 13 ans", "âgée d'à peine 12 ans", "une adolescente d'une quinzaine d'années", "elle avait 14 ans",
    // "Sira a quatorze ans", "9 ans, née à…" (opening a sentence), "a boy of 14", "a 12 year old",
    // "she was only 13". "Il y a 10 ans" is a date; "l'âge légal est de 15 ans" is a rule.
    [GeneratedRegex(@"(?<![\p{L}])(?i:" + OneChildFr + @")(?:\s+(?!(?i:de|des|du|qui|que|dont|et|ou)(?![\p{L}]))\p{Ll}[\p{L}-]{2,})?\s+(?:(?i:âgée?|agée?)\s+)?(?i:de|d['’])\s*(?i:environ|près\s+de|à\s+peine|seulement|tout\s+juste|moins\s+de|plus\s+de)?\s*(?:\d{1,2}|(?i:" + AgeWordFr + @"))\s+ans(?!\s*(?:à|et|-|–)\s*\d)")]
    private static partial Regex AgeOfOneChildFr();

    [GeneratedRegex(@"(?<![\p{L}])(?i:âgée?|agée?)\s+(?i:de|d['’])\s*(?i:environ|près\s+de|à\s+peine|seulement|tout\s+juste|moins\s+de|plus\s+de)\s*(?:\d{1,2}|(?i:" + AgeWordFr + @"))\s+ans")]
    private static partial Regex AgeApproximateFr();

    [GeneratedRegex(@"(?<![\p{L}])(?i:" + OneChildFr + @"|âgée?|agée?)\s+(?i:d['’]une?)\s+(?i:dizaine|douzaine|quinzaine)\s+(?i:d['’]années)")]
    private static partial Regex AgeInDozensFr();

    [GeneratedRegex(@"(?<![\p{L}])(?<=(?:(?<![\p{L}])(?i:elle|il|qui)|\p{Lu}[\p{Ll}\p{Mn}'’-]+|[,)»”])\s+)(?:(?i:a|avait|aura|n['’]a\s+que|n['’]avait\s+que)\s+(?i:alors\s+|à\s+peine\s+|seulement\s+|tout\s+juste\s+|aujourd['’]hui\s+)?" + MinorAge + @"\s+ans(?![\p{L}]))")]
    private static partial Regex AgeAfterSubjectFr();

    [GeneratedRegex(@"^\s*(?:1[0-7]|[1-9]|(?i:" + AgeWordFr + @"))\s+ans\s*[,:;(]")]
    private static partial Regex AgeOpeningSentence();

    [GeneratedRegex(@"(?<![\p{L}])(?i:" + OneChildEn + @")\s+of\s+(?i:about\s+|around\s+|some\s+|only\s+|just\s+|barely\s+)?" + MinorAge + @"(?![\p{L}\d-])(?!\s*(?:%|(?i:percent|and|to|or)\b|-|–))")]
    private static partial Regex AgeOfOneChildEn();

    // Ages listed after the children they belong to: "Mamadou Lamine et Ousmane, 8 et 10 ans",
    // "Fatima Modu and Hauwa, 13 and 15", "deux sœurs de 12 et 15 ans", "aged 7, 9 and 12".
    [GeneratedRegex(@"(?<=(?:\p{Ll}{2}|,)\s*(?:(?i:deux|trois|quatre|two|three|four)\s+\p{Ll}+\s+(?i:de|of|aged)\s+|(?i:aged|âgée?s?\s+de)\s+)?)(?<!\d[,.]\s?)(?<!\d)(?:1[0-7]|[1-9])(?:\s*,\s*(?:1[0-7]|[1-9]))*\s+(?i:et|and)\s+(?:1[0-7]|[1-9])(?:\s+(?i:ans|years(?:\s+old)?))?(?=\s*[,;.)]|\s+(?i:ans|years|who|qui|from|de|d['’]|venue?s?|originaires?))(?!\s*(?:%|ans\s+(?:plus|après|avant)))")]
    private static partial Regex AgesListed();

    // A birth date, with its place when given: "né le 4 mars 2012 à Louda", "née en 2011", "born on 3 May 2013 in Kenema",
    // "born 2010," set off as records write it ("Born 2008 or later" is a cohort), a record's "DOB 04/11/2011" or
    // "date de naissance : 12/03/2012".
    [GeneratedRegex(@"(?:(?<![\p{L}])(?i:née?s?)\s+(?i:le|en|vers)\s+(?:\d{1,2}[/.-]\d{1,2}[/.-](?=20))?|(?<![\p{L}])(?i:born)\s+(?:(?i:on|in)\s+|(?=(?:20[01]\d|202[0-5])\s*[,;)])|(?=\d{1,2}\s+\p{L}+\s+20[012]\d))|(?<![\p{L}])(?:DOB|D\.O\.B\.?|(?i:date\s+of\s+birth|date\s+de\s+naissance))\s*:?\s*(?:\d{1,2}[/.-]\d{1,2}[/.-](?=20))?)(?:(?:\d{1,2}(?:er)?\s+)?(?i:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:20[01]\d|202[0-5])(?:\s+(?i:à|au|in|at)\s+\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)?)?")]
    private static partial Regex BirthDate();

    // Two children's ages said together: "âgées de 9 et 12 ans", "deux talibés de 9 et 11 ans",
    // "sisters aged 10 and 12" — "et"/"and", never a range ("de 15 à 19 ans", "aged 15 to 19").
    [GeneratedRegex(@"(?<![\p{L}])(?:(?i:âgée?s?|agée?s?)\s+de|(?i:" + OneChildFr + @")s?\s+de|(?i:aged))\s+(?:1[0-7]|[1-9])\s+(?i:et|and)\s+(?:1[0-7]|[1-9])(?:\s+(?i:ans|years(?:\s+old)?))?(?![\p{L}\d])")]
    private static partial Regex AgesOfTwo();

    // An age at an event of a child's life: "mariée à 13 ans", "placée comme vidomègon à l'âge de 8 ans",
    // "married at 14", "sold at the age of 12".
    [GeneratedRegex(@"(?<![\p{L}])(?i:mariée?s?|promise?s?|placée?s?|vendue?s?|recrutée?s?|excisée?s?|enlevée?s?|confiée?s?|married|betrothed|promised|placed|sold|recruited|trafficked|cut|abducted)\s+(?:(?i:comme|as)\s+(?:une?\s+|a\s+)?[\p{L}-]+\s+)?(?i:à|at)\s+(?:(?i:l['’]âge\s+de|the\s+age\s+of|age)\s+)?(?:(?:1[0-7]|[1-9])(?:\s+(?i:ans|years?(?:\s+old)?))?|(?i:" + AgeWordFr + "|" + AgeWordEn + @")\s+(?i:ans|years?(?:\s+old)?))(?![\p{L}\d%])")]
    private static partial Regex AgeAtEvent();

    // An age set off after a name or a child word: "Esther (16, from Buchanan", "The boy, ten, attends".
    [GeneratedRegex(@"(?<=\p{Lu}[\p{Ll}\p{Mn}'’-]+\s*)\(\s*(?:1[0-7]|[1-9])(?=\s*[,)])|(?<=(?<![\p{L}])(?i:" + OneChildEn + @")|\p{Lu}[\p{Ll}\p{Mn}'’]+|\))\s*,\s*(?:1[0-7]|[1-9]|(?i:" + AgeWordEn + @"))(?=\s*,)")]
    private static partial Regex AgeSetOffEn();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:\d{1,2}|(?i:" + AgeWordEn + @"))[-\s](?i:years?|yrs?)[-\s](?i:old)(?![\p{L}])")]
    private static partial Regex AgeYearsOld();

    // A record's age field: "Âge : 14 ans", "Age: 13", "Age 14;" (capitalised, as a field is; "at age 14" is an event).
    [GeneratedRegex(@"(?<![\p{L}])[AÂ]ge\s*:?\s*(?:1[0-7]|[1-9]|(?i:" + AgeWordFr + "|" + AgeWordEn + @"))(?:\s*(?i:ans|years?(?:\s+old)?))?(?![\p{L}\d%]|\s*(?:-|–|(?i:à|to|and|et))\s*\d)")]
    private static partial Regex AgeField();

    // Years without "old", set off after a name, an initial or a class: "Mariama Kallon, 8 years, from Tikonko",
    // "J. K., 16 years, of…", "SSS 1, 14 years, lives…" ("for 5 years, she…" has none of those before it).
    [GeneratedRegex(@"(?:1[0-7]|[1-9])(?<=(?:\p{Lu}[\p{Ll}\p{Mn}'’-]+|\p{Lu}\.|\)|\p{Lu}{2,}\s+\d{1,2})\s*,\s*\d{1,2})\s+(?i:years?|yrs?)(?=\s*[,;.)])")]
    private static partial Regex AgeInYearsSetOff();

    // An age range after named children is their ages, not a group's: "Ama, Dzifa and Akosua, aged 12 to 14".
    // Names after a preposition or a comma are places ("girls in Kano, Zinder and Maradi, aged 15 to 19").
    [GeneratedRegex(@"(?i:aged|âgée?s\s+de)(?<=(?<![\p{L}])(?<!(?i:in|à|au|aux|at|de|du|des|of|from|en|dans|entre|between)\s+)(?<!,\s?)" + NameWord + @"(?:\s*,\s*" + NameWords + @")*\s+(?i:and|et|&)\s+" + NameWords + @"(?:\s*\([^()]{0,60}\))?\s*,\s*(?i:aged|âgée?s\s+de))\s+(?:1[0-7]|[1-9])\s*(?:-|–|(?i:to|à))\s*(?:1[0-7]|[1-9])(?:\s+(?i:ans|years(?:\s+old)?))?(?![\d%])")]
    private static partial Regex AgeRangeOfNamed();

    [GeneratedRegex(@"(?<![\p{L}])(?<!(?i:in|à|au|aux|at|de|du|des|of|from|en|dans|entre|between)\s+)(?<!,\s?)(?<n>" + NameWords + @")(?:\s*,\s*(?<n>" + NameWords + @"))*\s+(?i:et|and|&)\s+(?<n>" + NameWords + @")(?:\s*\([^()]{0,60}\))?\s*,\s*(?i:aged|âgée?s\s+de)\s+(?:1[0-7]|[1-9])\s*(?:-|–|(?i:to|à))\s*(?:1[0-7]|[1-9])(?![\d%])")]
    private static partial Regex NamesThenAgeRange();

    // A caption's credit line: it names who took the photo.
    [GeneratedRegex(@"^\s*\(?\s*(?:©|\(c\)|(?i:(?:photo\s+)?cr[ée]dits?(?:\s+photo)?|ph\.)(?![\p{L}]))")]
    private static partial Regex PhotoCredit();

    // A dwelling told by its look before its number ("maison à portail bleu n° 23"), or a house number coded
    // by its estate ("H/No. TDC/B/112").
    [GeneratedRegex(@"(?<![\p{L}])(?:(?i:maison|villa|concession|compound|house)(?:\s+\p{Ll}[\p{L}'’]*){1,3}?\s+(?i:n°|nº|no\.?)\s*\d{1,5}|(?i:h/no\.?|house\s+no\.?)\s*(?:[A-Z]{1,4}/){1,3}\d{1,5})" + AddressChain)]
    private static partial Regex DescribedDwelling();

    [GeneratedRegex(@"(?<![\p{L}])(?<=(?:(?<![\p{L}])(?i:she|he|who)|\p{Lu}[\p{Ll}\p{Mn}'’-]+|[)’'”""])\s*,?\s+)(?:(?i:is|was|had\s+just\s+turned|turned|turns|now)\s+(?i:only\s+|just\s+|barely\s+|then\s+)?" + MinorAge + @"(?:\s+(?i:years?\s+old))?(?![\p{L}\d%.,-])(?!\s*(?i:%|percent|km|kg|times|hours|minutes|days|weeks|months|years\s+(?:ago|later|before|after)|o['’]clock)))")]
    private static partial Regex AgeAfterSubjectEn();

    [GeneratedRegex(@"(?<![\p{L}])(?i:j['’]avais|j['’]ai|je\s+n['’]avais\s+que|i\s+was|i\s+am|i['’]m)\s+(?i:seulement\s+|alors\s+|à\s+peine\s+|only\s+|just\s+|barely\s+)?(?:" + MinorAge + @"\s+(?i:ans|years?(?:\s+old)?)(?![\p{L}])|" + MinorAge + @"(?=\s+(?i:when|quand|lorsque)\b))")]
    private static partial Regex AgeInFirstPerson();

    // "a 14-year-old girl", "aged 13", "15 years old" (not "aged 15-19", not "girls aged 15").
    [GeneratedRegex(@"(?:\b(?:\d{1,2}|(?i:" + AgeWordEn + @"))-year-old\b|(?i:aged)\s+(?:\d{1,2}|(?i:" + AgeWordEn + @"))\b(?!\s*(?:-|–|to|and)\s*\d)|\b(?:\d{1,2}|(?i:" + AgeWordEn + @"))\s+years?\s+old\b|,\s*\d{1,2},)")]
    private static partial Regex AgeEn();

    [GeneratedRegex(@"^(?:girls|boys|children|women|men|adolescents|teenagers|people|pupils|students|victims|those|persons|minors|filles|garçons|enfants|femmes|adolescentes)$", RegexOptions.IgnoreCase)]
    private static partial Regex PluralGroup();

    // A village, hamlet, neighbourhood or camp named after it; regions and provinces are policy context.
    [GeneratedRegex(@"(?i:village|hameau|quartier|campement|site\s+d['’]orpaillage|site\s+aurifère|camp|secteur|town|neighbourhood|neighborhood|settlement|compound|commune\s+rurale|cité|localité|community|daara|foyer|centre\s+de\s+transit|transit\s+centre|shelter)\s+(?:(?i:de|d'|d’|du|of|called|named|de\s+la|in|at)\s*)?\p{Lu}[\p{L}'’-]+|(?i:originaire\s+d[eu']|venue?\s+d[eu']|from\s+the\s+village\s+of|(?:vivant|vit|vivait|vivent|habitant|habite|habitait|résidant|réside|résidait|résidente?|domiciliée?|née?|installée?|hébergée?|logée?|scolarisée?|retrouvée?|interceptée?)\s+(?:à|au|en|dans)|(?:living|lives|lived|born|resident|based|raised|staying|stays|lodged|found|intercepted|native)\s+(?:in|at|of)|(?:arrivée?s?|venue?s?|revenue?s?|partie?s?|enfuie?s?|arrived|came|returned|fled)\s+(?:de|d['’]|du|des|from)|(?:plantation|mine|chantier|marché|market|ferme|farm|champ|carrière|quarry|boutique|maquis|gare|station|site|island|île|camp)(?:\s+\p{Ll}[\p{L}'’]*){0,3}?\s+(?:de|d['’]|du|of|in|at|near)|(?<![\p{L}])(?:marché|market)(?=\s+\p{Lu})|(?:parents|famille|family|mother|father|aunt|uncle|grandmother|mère|père|tante|oncle)\s+(?:de|d['’]|du|in|at|from)|(?:sleeping|sleeps|slept|working|works|worked|selling|sells|begging|begs|staying|dort|dormait|travaille|vend|mendie)\s+(?:at|in|on|under|sous|à|au|dans)(?:\s+(?:the|le|la|les))?|(?<![\p{L}])(?:à|au|in|at|from|near|(?:at|from)\s+the))\s+(?!(?i:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|January|February|March|April|May|June|July|August|September|October|November|December|English|French|Arabic|Hausa|Grade|Form|Class|Primary|Secondary|School|Islam|Christ|Dieu|God|Allah|CP|CE1|CE2|CM1|CM2|Noël|Christmas|Tabaski|Ramadan)(?![\p{L}]))\p{Lu}[\p{L}'’-]+")]
        private static partial Regex Locality();

    [GeneratedRegex(@"(?i:école|collège|lycée|medersa|madrasa|classe\s+de\s+\w+|en\s+(?:CP|CE1|CE2|CM1|CM2|6e|5e|4e|3e)|school|grade\s+\d|form\s+\d|class\s+\d|primary\s+\d|JSS\s*\d|SSS\s*\d|basic\s+\d)")]
    private static partial Regex School();

    // "Aminata Keïta, 14 ans, de Kalaban Coro", "Chiamaka Eze, 13, of Ajegunle": where the child comes from, set off after the age.
    [GeneratedRegex(@"\G\s*,\s*(?:(?i:de|du|d['’]|of|from)\s*)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?")]
    private static partial Regex OriginAfterAge();

    // An apposition after a child's age that ends on a named place, organisation or person: ", danseuse de la troupe
    // de Kita", ", bénéficiaire du centre de formation de Matoto", ", a JHS 1 pupil at Kalpohin Estate", ", formerly with an
    // armed group in Foya District". It opens on a lower-case word and stays within its clause.
    [GeneratedRegex(@"\G\s*,\s*(?=\p{Ll})(?!(?i:dont|of\s+whom|soit|including|among|parmi|contre|against|per|par|sur|out\s+of)\s)[^,;.|()\[\]→\n]{0,60}?(?<![\p{L}])(?i:de|du|d['’]|des|à|au|aux|of|at|in|near|from|près\s+de)\s*(?:(?i:la|le|les|l['’]|the)\s*)?(?!(?:Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre|January|February|March|April|May|June|July|August|September|October|November|December|Grade|Class|Form|Primary)(?![\p{L}]))\p{Lu}[\p{L}'’-]*")]
    private static partial Regex AppositiveDetail();

    // A bare age set off in a record or a note, where a lower-case apposition follows: "boy = Ibrahim Bangura → 15,
    // apprentice…", "| 17, formerly with…", "; 14, from Koidu", "Fuseina is 13, a JHS 1 pupil at…".
    [GeneratedRegex(@"(?<=(?:[;|→=]|(?<![\p{L}])(?i:is|was))\s*)(?<![\d.,])(?:1[0-7]|[1-9]|(?i:" + AgeWordEn + @"))(?=\s*,\s*(?!(?i:of|in|and|or|to|per|out)\s)\p{Ll})")]
    private static partial Regex AgeSetOffInRecord();

    // An infant's age in months or weeks after a name or in brackets: "Abdullahi Yusuf, 10 mos,", "(18 mois, née à…)",
    // "Nafissa, quatre mois, de Garhanga".
    [GeneratedRegex(@"(?:(?<=\p{Lu}[\p{Ll}\p{Mn}'’-]+\s*,\s*)|(?<=\(\s*))(?:\d{1,2}|(?i:" + AgeWordFr + "|dix-huit|" + AgeWordEn + @"|eighteen))\s+(?i:mois|semaines|months?|mos|weeks?)(?=\s*[,)])")]
    private static partial Regex InfantAge();

    // A place named before its kind: "the Dalori camp", "Agbogbloshie market", "the Congo Town bridge".
    [GeneratedRegex(@"(?<![\p{L}])\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?i:camp|IDP\s+camp|market|village|quarry|mine|site|settlement|estate|community|bridge|motor\s+park|junction|lorry\s+station)(?![\p{L}])")]
    private static partial Regex PlaceBeforeKind();

    [GeneratedRegex(@"(?i:(?:mère|mother)\s+(?:d['’]une?|of\s+an?)\s|(?:sa|son|ses|dont\s+la|dont\s+le|dont\s+les)\s+(?:mère|père|parents|oncle|tante|grand-mère|grand-père|mari|époux|belle-mère|beau-père|frère|sœur|soeur|tuteur|tutrice|marâtre|cousine?|demi-frère|demi-sœur|famille|patronne?|employeuse?|maître)|orphelin[e]?|aînée?|cadette?|benjamine?|fratrie|frères\s+et\s+sœurs|(?:fille|fils|enfant)\s+unique|veuve|veuf|(?:premier|première|deuxième|second|seconde|troisième|quatrième|cinquième|sixième|septième|dernier|dernière)\s+(?:enfant\s+)?d['’]une\s+(?:fratrie|famille)|(?:fille|fils)\s+d['’]une?\s|(?:une?|la|le)\s+(?:mère|père|tante|oncle|grand-mère|grand-père|tutrice|tuteur|marâtre)\s+(?:qui|de|d['’]|vendeuse|cultivat|commer|veuve)|(?:vit|vivait|vivant|habite|habitait|loge|logeait|placée?|confiée?)\s+(?:avec|chez)\s|chez\s+(?:sa|son|ses|une?)\s|(?:père|mère)\s+(?:cultivateur|agriculteur|commerçante?|éleveur|pêcheur|marabout|ménagère|vendeuse|maçon|chauffeur|mécanicien|orpailleur|boucher|tailleur|couturière)|(?:her|his|whose)\s+(?:mother|father|parents|uncle|aunt|grandmother|grandfather|husband|stepmother|stepfather|brother|sister|guardian|family|employer|cousin)|orphaned|eldest|youngest|only\s+(?:daughter|son|child)|widow(?:ed|er)?|siblings|(?:first|second|third|fourth|fifth|sixth|seventh|last)(?:[-\s]born)?\s+of\s+\w+|(?:daughter|son)\s+of\s|(?:a|the)\s+(?:mother|father|aunt|uncle|grandmother|guardian)\s+(?:who|selling|farming)|(?:lives|lived|living|stays|stayed|staying|placed|sent)\s+(?:with|to\s+live\s+with)\s|mariée?\s+(?:à|avec)\s+(?:un|une|son)\s|married\s+(?:off\s+)?to\s+(?:a|an|her|his)\s)")]
        private static partial Regex Family();

    [GeneratedRegex(@"(?i:\b\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{4}|\b\d{1,2}/\d{1,2}/\d{2,4}\b)")]
    private static partial Regex SpecificDate();

    // A caption's label: "Photo :", "© Ph. ONG :", "Crédit photo", "Légende", "Sur la photo,", "Pictured:",
    // "In the picture,", "Illustration :"; "Above:", "Ci-contre :" only with their colon or comma ("Above all…" is prose).
    [GeneratedRegex(@"^\s*\(?\s*(?:©|\(c\)|(?i:photo|ph\.|(?:cover|couverture)\s+(?:photo|image)|photo\s+de\s+couverture|fig(?:ure|\.)?\s*\d+|crédit\s+photo|cr[ée]dits?|sur\s+(?:la|cette|cette\s+)?\s*(?:photo|image)|dans\s+(?:la|l['’])\s*(?:photo|image)|légende|pictured|picture|photo\s+credit|image|en\s+photo|illustration|caption|in\s+(?:the|this)\s+(?:picture|photo|photograph|image))(?![\p{L}])|(?i:ci-dessus|ci-dessous|ci-contre|au\s+premier\s+plan|de\s+gauche\s+à\s+droite|above|below|left|right|top|bottom|from\s+left|inset)\s*[:,–—])")]
    private static partial Regex PhotoCaption();

    [GeneratedRegex(@"(?<![\p{L}\p{N}-])\p{Lu}[\p{Ll}\p{Mn}'’]{1,}(?:-\p{Lu}?[\p{Ll}\p{Mn}'’]+)*(?![\p{L}\p{N}])")]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<w>\p{Lu}[\p{Ll}\p{Mn}'’-]{1,})\s+(?:(?:mint|ould|ben|bint|bin|ibn|ag|wuld)\s+)?$")]
    private static partial Regex PreviousCapitalised();

    [GeneratedRegex(@"\G\s+(?<w>\p{Lu}[\p{Ll}\p{Mn}'’-]{1,})(?![\p{L}\p{N}])")]
    private static partial Regex FollowingCapitalised();

    // Two or three initials standing for a child's name: "A.B., 12 ans", "la victime K. S.", "A. D. (14)".
    [GeneratedRegex(@"(?<![\p{L}.])\p{Lu}\.\s?(?:-\s?)?\p{Lu}\.(?:\s?\p{Lu}\.)?(?![\p{L}])")]
    private static partial Regex Initials();

    [GeneratedRegex(@"^(?:S\.\s?E\.|H\.\s?E\.|N\.\s?B\.|P\.\s?S\.|U\.\s?S\.|U\.\s?K\.|E\.\s?U\.|N\.\s?U\.|O\.\s?N\.\s?U\.|J\.-?C\.|A\.\s?D\.\s?$|P\.\s?O\.|B\.\s?P\.|U\.\s?N\.|A\.\s?M\.|P\.\s?M\.)")]
    private static partial Regex NotInitials();

    [GeneratedRegex(@"^(?:Elle|Il|Elles|Ils|She|He|It|They|We|Nous|On|Cette|Cet|Ce|Ces|This|That|These|Those|La|Le|Les|L|The|Une?|An?|Des|Du|De|Chaque|Each|Every|Aucune?|Toute?|Tous|All|Notre|Nos|Our|Leur|Leurs|Their|Sa|Son|Ses|Her|His|Its|Mon|Ma|My|Votre|Your|Quand|When|Selon|According|Après|After|Avant|Before|Dans|In|Parmi|Among|Pour|For|Lors|During|Depuis|Since|Mais|But|Et|And|Or|Ou|Si|If|Comme|As|Plus|More|Enfin|Finally|Ainsi|Thus|Aujourd'hui|Today|Ici|Here|Là|There|Personne|Nobody|Chacun|Chacune|Celle|Celui|Qui|Who|Que|What|Oui|Yes|Non|No|Madame|Monsieur|Mademoiselle|Miss)$")]
    private static partial Regex NotAName();

    // The name as the text changes it: "(prénom modifié)", "(nom d'emprunt)", "(not her real name)".
    [GeneratedRegex(@"^(?:\s*[»”’'""]?\s*\(\s*(?i:pr[ée]nom|nom|name|names?\s+(?:has|have)\s+been|not\s+(?:her|his|their|the\s+child's)\s+real|pseudonym|pseudonyme|alias|fictitious|fictif|fictive)[^)]{0,40}\))")]
    private static partial Regex Renamed();

    [GeneratedRegex(@"(?i:appelons-(?:la|le|les)|nous\s+l['’]appellerons|que\s+nous\s+(?:appellerons|nommerons|appelons)|appelée?\s+ici|nommée?\s+ici|let['’]s\s+call\s+(?:her|him|them)|we\s+(?:will|shall|['’]ll)?\s*call\s+(?:her|him|them)|whom\s+we\s+(?:will|shall)?\s*call|call(?:ed)?\s+(?:her|him)\s+here|pseudonyme|pseudonym|nom\s+d['’]emprunt\s*:?|prénom\s+d['’]emprunt\s*:?|alias|dénommée?|du\s+nom\s+de|répondant\s+au\s+(?:nom|prénom)\s+de|se\s+prénomme|s['’]appelle|s['’]appelait|(?:her|his)\s+name\s+(?:is|was)|by\s+the\s+name\s+of|identified\s+as)\s*$")]
    private static partial Regex PseudonymIntroducer();

    [GeneratedRegex(@"^\s*\(\s*\d{1,2}\s*\)")]
    private static partial Regex BracketedAge();

    [GeneratedRegex(@"\G(?:\s+(?i:est|était|serait|is|was|became|devient|remains|reste)\s+(?:(?i:une?|a|an|la|le|the|cette|this)\s+|(?i:l['’])\s*)(?:(?i:jeune|petite?|young|little)\s+)?|\s*,\s*(?<bare>(?:(?i:jeune|petite?|young|little)\s+)?))")]
    private static partial Regex ChildPredicateLead();

    [GeneratedRegex(@"^(?:\s+(?i:de|of|aged|âgée?|qui|who|that|dont|whose|placée?|vivant|living|née?|born|en|in)(?![\p{L}])|\s+(?i:d['’])|\s*[,(])")]
    private static partial Regex BareChildFollower();

    [GeneratedRegex(@"^(?:-|\s+(?i:rights|protection|labour|labor|marriage|welfare|friendly|centred|centered|focused|soldiers?|care|helpline|development|health|poverty|mortality|survival|sponsorship|safeguarding)(?![\p{L}]))")]
    private static partial Regex ChildCompound();

    // "the case of little Hannah", "le petit Demba": no article needed when the young word is lower case.
    [GeneratedRegex(@"(?<![\p{L}])(?:jeune|petite?|little|young)\s+$")]
    private static partial Regex YoungJustBefore();

    // The subject of a caption, right after its label: "Photo : Awa, 12 ans…", "In the picture, Jummai and…".
    [GeneratedRegex(@"^\s*\(?\s*(?:©\s*)?[\p{L}.\s'’]{0,30}?(?:[:,–—-]\s*|\s)$")]
    private static partial Regex CaptionSubject();

    [GeneratedRegex(@"^(?:\s*[,(]|\s+(?i:et|and|avec|with|porte|carries|holds|tient|joue|plays|sits|assise?|debout|stands|au|à|at|in|dans|devant|outside|in\s+front)(?![\p{L}]))")]
    private static partial Regex CaptionSubjectAfter();

    [GeneratedRegex(@"(?i:prénommée?|nommée?|appelée?|surnommée?|named|called|known\s+as|pseudonyme|nom\s+d'emprunt\s*:?)\s*$")]
    private static partial Regex NameIntroducer();

    [GeneratedRegex(@"^\s*(?:,?\s*(?i:is|was|turned)\s+(?i:only\s+|just\s+|barely\s+|then\s+)?" + MinorAge + @"(?![\p{L}\d%.,-])|(?i:a|avait|aura|n['’]a\s+que|n['’]avait\s+que)\s+(?i:alors\s+|à\s+peine\s+|seulement\s+|tout\s+juste\s+|aujourd['’]hui\s+)?" + MinorAge + @"\s+ans|,\s*(?:\d{1,2}|(?i:" + AgeWordFr + @"))\s+ans|\(\s*(?:\d{1,2}|(?i:" + AgeWordFr + @"))\s+ans|,\s*\d{1,2}\s*,|,\s*(?:aged\s+)?\d{1,2}\b|\(\s*\d{1,2}\s*\))")]
    private static partial Regex AgeAfterName();

    [GeneratedRegex(@"^(?:\s*,\s*(?:\p{Lu}\.\s*)*\(?(?:19|20)\d{2}|\s+et\s+al\.?|\s+\((?:19|20)\d{2}|\s+(?:&|et|and)\s+\p{Lu}[\p{L}-]+\s*[,(]\s*(?:19|20)\d{2})")]
    private static partial Regex CitationAfterName();

    [GeneratedRegex(@"^[^)]{0,30}(?:19|20)\d{2}")]
    private static partial Regex YearSoon();

    [GeneratedRegex(@"[\p{L}.]+$")]
    private static partial Regex LastWord();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\(?\s*(?:\+|00)?\s?(?<c>\d{1,3})\s*\)?")]
    private static partial Regex CountryCode();

    [GeneratedRegex(@"(?<![\p{L}.])(?:\p{Lu}|(?i:Mr|Mrs|Ms|Dr|Pr|Prof|Hon|Rev|Mgr|Me|Mme|Mlle|St|Ste|Gen|Gén|Col|Capt|Lt|Sgt|Insp|Supt|Cdt|Cne|No|Nos|Réf|Ref|Lat|Long|Av|Bd|Ph|Ets|S\.E|H\.E|E\.g|I\.e))\.$")]
    private static partial Regex EndsWithAbbreviation();

    [GeneratedRegex(@"(?i:\b(?:la|le|une?|the)\s+(?:jeune|petite?|little|young))\s+$")]
    private static partial Regex YoungBefore();

    [GeneratedRegex(@"\G,\s*(?i:une?|la|le|l['’]|cette|ce|a|an|the|this)\s*(?:(?i:jeune|petite?|young|little)\s+)?")]
    private static partial Regex ArticleAfterComma();

    [GeneratedRegex(@"(?i:(?<![\p{L}])(?:une?|la|le|l['’]|cette|ce|sa|son|a|an|the|this|her|his)\s*(?:(?:jeune|petite?|young|little)\s+)?)$")]
    private static partial Regex ArticleBefore();

    [GeneratedRegex(@"(?i:(?<![\p{L}])(?:de|du|des|of|pour|for)\s+(?:la\s+|le\s+|l['’]\s*|les\s+|the\s+)?(?:(?:jeune|petite?|young|little)\s+)?)$")]
    private static partial Regex GenitiveBefore();

    [GeneratedRegex(@"(?i:(?<![\p{L}])(?:à|au|aux|en|dans|de|du|d'|d’|vers|sur|in|at|from|to|near|of))\s*$")]
    private static partial Regex PlacePreposition();

    [GeneratedRegex(@"^\s*(?<w>[\p{L}]+)")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"^\s*(?:(?i:selon|according\s+to|pour|for|d['’]après|with|avec|par|by|et|and)\s+)?(?:(?i:le|la|the|notre|our|son|sa|his|her|its|leur|their)\s+|(?i:l['’])\s*)?(?:(?i:ancienne?|former|nouvelle?|nouvel|new|actuelle?|current|then|alors)\s+)?(?<t>[\p{L}-]+\.?)(?:\s+(?i:générale?|nationale?|régionale?|adjointe?|exécutif|exécutive|déléguée?|principale?|general|national|regional|deputy|executive|senior|permanent|provincial|district)|\s*(?:(?i:de|du|des|d['’]|of|for|the|la|le|l['’]|les|et|and|à|au|aux|in|on|chargée?\s+de|en\s+charge\s+de|in\s+charge\s+of)\s*)+[\p{L}'’-]+|\s+\p{Lu}[\p{L}'’-]*){0,12}\s*$")]
    private static partial Regex TitlePhrase();

    [GeneratedRegex(@"^(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s*,\s*(?:(?i:la|le|the|a|an|notre|our|son|sa|its|her|his)\s+|(?i:l['’])\s*)?(?:(?i:ancienne?|former|actuelle?|current|nouvelle?|nouvel|new|then|alors|future?|deputy)\s+|(?i:ex-|vice-))?(?<w>\p{L}+\.?)")]
    private static partial Regex RoleAfterName();

    // «…», “…”, "…", ‘…’ and '…' (an apostrophe between two letters, as in "can't", does not close it).
    [GeneratedRegex(@"«\s*(?<q>[^«»]{8,}?)\s*»|[“""](?<q>[^“”""]{8,}?)[”""]|‘(?<q>(?:[^‘’]|(?<=\p{L})’(?=\p{L})){8,}?)’|(?<![\p{L}\p{N}])'(?<q>(?:[^']|(?<=\p{L})'(?=\p{L})){8,}?)'(?![\p{L}])")]
    private static partial Regex Quotation();

    // A speaker's label opening a sentence: "PRESENTER:", "GIRL:", "L'ENFANT (12 ans) :", "Girl:".
    [GeneratedRegex(@"(?<=^|[.!?]\s+|\n\s*)(?:L['’]|(?:LA|LE|THE|La|Le|The)\s+)?(?<w>(?<caps>\p{Lu}{2,}(?:\s+\p{Lu}{2,})?)|\p{Lu}\p{Ll}+|(?<=(?:L['’]|La\s|Le\s|The\s))\p{Ll}+)\s*(?:\([^()]{0,20}\)\s*)?:")]
    private static partial Regex SpeakerLabel();

    // After a child word, its verb and a colon, then words in no quotes: "L'enfant déclare : je…", "the girl said: I…".
    [GeneratedRegex(@"\G(?<v>(?:\s+\p{Ll}[\p{L}'’-]*){1,3}?)\s*:\s*(?![«“""‘'\s])")]
    private static partial Regex UnquotedSpeechLead();

    [GeneratedRegex(@"[.!?](?=\s|$)")]
    private static partial Regex SentenceStop();

    // A transcript's turn label: the asker ("Q", "animatrice", "presenter"), or the one who answers ("A",
    // "Réponse", a child word, "caller", "Statement"), any case, opening the text, a sentence or a line.
    [GeneratedRegex(@"(?<=^|[.!?»”""]\s*|\n\s*)(?:(?<q>(?i:q\.?|question|animat(?:rice|eur)|presenter|host|journaliste|journalist|reporter|interviewer|enquêt(?:rice|eur)|opj|conseill(?:ère|er)|counsel(?:l)?or|écoutante?|opérat(?:rice|eur)|operator))|(?<a>(?i:a\.?|r\.?|réponse|reponse|answer|(?<said>statement|déclaration|declaration|caller|appelante?|utilisat(?:rice|eur)|user|usager|auditionnée?|auditrice|auditeur|listener|respondent|enquêtée|participante?|(?-i:P\d{1,2}|R\d{1,2}))|(?<child>fillette|fille|garçon|girl|boy|enfant|child|victime|victim|mineure?|minor|adolescente?|teenager|élève|pupil)))(?:\s*\([^()]{0,60}\))?|(?<named>\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})?|(?<titled>\p{Lu}\p{Ll}{2,}))(?:\s*\([^()]{0,20}\))?)(?:\s*:|(?<=(?<![\p{L}])[QARqar]\.))\s+")]
    private static partial Regex TranscriptTurn();

    // After an answer's full stop, a new sentence of the report (capitalised, not a turn) ends the answer.
    [GeneratedRegex(@"\G\s+\p{Lu}")]
    private static partial Regex NarrativeAfter();

    // "lives at …", "habite …", "Adresse indiquée : …", "Location given: …", "the girl's address, …": what
    // follows, to the end of its clause, is an address when it holds a number or an address word.
    [GeneratedRegex(@"(?:\b(?i:lives?\s+(?:at|in|on)|living\s+(?:at|in)|stays?\s+(?:at|in)|staying\s+(?:at|in)|resides?\s+(?:at|in)|habite(?:nt)?|habitant|vit(?:\s+\p{Ll}+)?\s+(?:à|au|chez|dans)|vivent\s+(?:à|au|dans)|réside(?:nt)?(?:\s+(?:à|au|dans))?|demeurant|domicilié(?:e|s)?(?:\s+(?:à|au))?|adresse(?:\s+indiquée|\s+donnée|(?:\s+(?:de|du|des|d['’])[^:.;\n]{1,50}))?\s*:|domicile(?:\s+de\s+la\s+famille)?\s*:|address(?:\s+given|\s+of\s+[^:.;\n]{1,50})?\s*[:,]|(?<=,\s*)address(?=\s+(?:\p{Lu}|\d))|(?:workshop|garage|shop|stall|atelier|boutique|kiosk|kiosque)\s+(?:is\s+)?(?:at|à|au)|(?:se\s+trouve|is\s+located|located|situé(?:e|s)?)\s+(?:at|in|on|à|au|dans)?|sleeps?\s+at|dort\s+(?:à|au)|location\s+given\s*:|home\s*:|address\s+is|emplacement\s*:|location\s*:|lieu\s+de\s+vie(?:\s+actuel)?\s*:|place\s+of\s+living\s*:|shelter\s*:|abri\s*:))(?![\p{L}])\s*(?<a>[^.;()\n]{6,110}?)(?=\s*(?:[.;()\n]|,\s+(?:and|et|are|is|est|sont|où|where|who|qui)\b|,?\s+(?:and|et)\s+\p{Ll}|$))")]
    private static partial Regex AddressAfterCue();

    [GeneratedRegex(@"\d|\b(?i:quartier|bairro|rua|rue|avenue|av\.|casa|porte|lot|îlot|concession|carré|villa|von|secteur|cité|compound|house|plot|street|road|close|lane|block|near|behind|opposite|derrière|près|face|carrefour|maison|case|tente|tent|bloc|rangée|gate|door|portail|mosque|mosquée|church|église|stall|room|shop|bungalow|campement|après|pharmacie|section|ward|beside|next\s+to|ruelle|lieu-dit|quarters?|flyover|junction|checkpoint|floor|étage)\b")]
    private static partial Regex AddressWord();

    // "Bolaji, 12 ans, originaire d'Ilaro", "Precious — not her real name — 16, from Uromi", "(Grade 4, 10
    // years, lives with …)", "Merveille, née le 12.08.2013, scolarisée en CM1 …": an age set off after a
    // name or a class, then the clause that places the child.
    [GeneratedRegex(@"(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.|—|\(|[»”""]|\s–(?=\s)|\b(?:is|was|are|were)|\b(?i:girl|boy|fille|garçon|fillette|survivor|victim|victime)(?=,)|\b(?i:female|male|féminin|masculin)|\bof(?=\s+(?i:about|around)\s+\S+,\s+(?i:from|originaire|de|du)\b))\s*,?\s*(?<span>(?:(?i:aged|âgée?\s+de|then|now|alors|about|around|environ)(?:\s+(?i:about|around|environ))?\s+)?(?:(?:(?:CP|CE|CM)\s?\d|\d(?:e|ème)|(?i:grade|class|primary|basic|jhs|jss|shs|sss|form)\s+\d)\s*,\s*)?(?:\d{1,2}\s*(?:mois|months?|semaines|weeks?|jours|days)|(?:1[0-7]|[1-9]|(?!(?i:une?|one)\b)(?i:" + AgeWordFr + "|" + AgeWordEn + @"))(?:\s*(?:et|and|à|to|-)\s*(?:1[0-7]|[1-9]))?(?:\s*(?:ans|years?(?:\s+old|\s+of\s+age)?|yrs?))?|(?i:née?|born|dob)\s+(?:le\s+|on\s+|en\s+)?\d[\d./-]+\d)(?:\s*,\s*|\s+)(?:(?i:and|et)\s+)?(?i:(?:originaire|from|de|du|des|at|in|à|au|living|lives|staying|vit|habite|aide|scolarisée?|élève|pupil|student|en|sent|envoyée?|talibé|ancien|ancienne|apprentie?|bonne|domestique|works?|working|hawker|vendeuse|vendor|sold|married|mariée|resident|résidant|who|qui|sleeps?|dort|sells?|vend|travaille|helps?|aide|apprend|learns?|pris|prise|retrouvée?|ramenée?|found|dropout|déscolarisée?|(?-i:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3}\s+(?:Primary|Secondary|School|High|Basic|College|Academy))|concession|campement|quartier|hameau|secteur|compound|cared|confiée?|suivie?|sévèrement|severely|malnourished|wasted|stunted|aînée?|cadette?|deuxième|troisième|quatrième|second|third|fourth|fifth|fille|fils|daughter|son|mère|mother|boarder|pensionnaire|interne|école|ecole|EPP|EP|CEG|CEM|lycée|collège|school|college|academy|\d(?:e|ème|th|st|nd|rd)|arrivée?|arrived|séparée?|separated|absente?|recueillie?|rescued|identifiée?|identified|admise?|admitted|brought|amenée?|hébergée?|accueillie?|enregistrée?|registered|abandonnée?|abandoned|grade|class|primary|basic|jhs|jss|shs|sss|ss|form|cp\d|ce\d|cm\d|p\d)\b)[^,;.()]{2,90}?)(?=\s*(?:[;.)]|,\s|$))")]
    private static partial Regex AgeInApposition();

    [GeneratedRegex(@"(?<![\p{L}])(?i:âge|age)(?:\s*(?:/|and|et)\s*\p{L}+){0,3}\s*:?\s*(?<span>(?:1[0-7]|[1-9])(?:\s*(?i:ans|years?|yrs?))?\s*[|/;,—–]\s*[^.\n]{3,120}?)(?=\s*(?:\.\s|\.$|\n|$))")]
    private static partial Regex AgeFieldRecord();

    // The same field in a record whose fields a bar divides, to the next bar: "Age/Class: 13, JHS 1, absent since
    // the festival | Guardian: …".
    [GeneratedRegex(@"(?<![\p{L}])(?i:âge|age)(?:\s*(?:/|and|et)\s*\p{L}+){0,3}\s*:?\s*(?<span>(?:1[0-7]|[1-9])(?:\s*(?i:ans|years?|yrs?))?\s*[/;,—–]\s*[^.\n|]{3,120}?)(?=\s*\|)")]
    private static partial Regex AgeFieldToBar();

    [GeneratedRegex(@"\?\s*[—–]\s*(?<t>[^—–?]{3,400}?)(?=\s*[—–]|\s*$)")]
    private static partial Regex DashedAnswer();

    [GeneratedRegex(@"(?<![\p{L}])(?<n>\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+){0,2}(?:\s\p{Lu}\.)?)(?:,\s+|\s+[—–]\s+)(?:(?i:then|now|alors|aujourd['’]hui|aged|about)\s+)?(?:1[0-7]|[1-9]|(?!(?i:une?|one)\b)(?i:" + AgeWordFr + "|" + AgeWordEn + @"))(?:\s*(?i:ans|years?(?:\s+old)?))?\s*[,;)]")]
    private static partial Regex NameBeforeAge();

    [GeneratedRegex(@"(?<![\p{L}])(?<n>\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+){0,2}),\s+(?:(?i:who\s+(?:says\s+(?:he|she)\s+)?is|qui\s+(?:se\s+dit|dit\s+être|est|se\s+présente\s+comme))\s+)?(?:(?i:le|la|l['’]|the|her|his|son|sa|its|votre|your|ton|ta)\s*)?(?:(?i:child['’]s|girl['’]s|boy['’]s|victim['’]s|de\s+l['’]enfant)\s+)?(?:(?i:(?:class\s+|form\s+)?teacher|enseignante?|institutrice|instituteur|professeure?|maîtresse|employer|employeur|employeuse|patronne?|logeuse|host)\s+(?i:of|de|d['’])|(?i:père|mère|oncle|tante|tuteur|tutrice|grand-mère|grand-père|frère|sœur|soeur|cousine?|father|mother|uncle|aunt|auntie|guardian|grandmother|grandfather|brother|sister|cousin|stepfather|stepmother|beau-père|belle-mère|fils|fille|daughter|granddaughter|grandson|petite-fille|petit-fils|nièce|neveu|niece|nephew)(?![\p{L}]))")]
    private static partial Regex NameBeforeKinship();

    [GeneratedRegex(@"(?<![\p{L}])(?i:nom|surname|family\s+name|last\s+name|nom\s+de\s+famille|name)\s*:\s*(?<n>\p{Lu}{2,}[\p{Lu}\p{Mn}'’-]*(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?![\p{L}])")]
    private static partial Regex CapitalsNameField();

    [GeneratedRegex(@"(?<span>(?i:née?|born|dob|date\s+de\s+naissance|date\s+of\s+birth)(?:\s+(?i:présumée?|presumably))?(?:\s+(?i:le|on|en|in|vers|around|about))?\s*:?\s*(?:\d{1,2}[./-]\d{1,2}[./-])?(?:19|20)\d\d(?:\s*,\s*|\s+)(?i:à|a|au|in|at|from|de|village|quartier|élève|pupil|student|en|scolarisée?|class|classe|grade|primary|basic|jhs|jss|cp\d|ce\d|cm\d)\b[^,;.()]{2,90}?)(?=\s*(?:[;.)]|,\s|$))")]
    private static partial Regex BirthWithDetail();

    [GeneratedRegex(@"(?<![\p{L}])(?i:tante|oncle|mère|père|sœur|soeur|frère|grand-mère|grand-père|tuteur|tutrice|aunt|auntie|uncle|mother|father|sister|brother|grandmother|grandfather|guardian|maître(?:\s+coranique)?|marabout|mallam|professeure?|enseignante?|institutrice|instituteur|maîtresse|(?:class\s+)?teacher|logeuse|logeur|employeur|employeuse|patronne?|voisine?|neighbou?r|host|landlady)(?:\s+(?i:paternel(?:le)?|maternel(?:le)?|maternal|paternal|principale?|titulaire|de\s+classe))?(?:\s+(?i:de\s+l['’](?:enfant|élève)|de\s+la\s+(?:fillette|victime)|du\s+garçon|of\s+the\s+(?:child|girl|boy|victim)))?\s*,\s*(?:Mme|M|Mr|Mrs|Ms|Madame|Monsieur|Hadja|Alhaji|Mallam|Malam|El\s+Hadji?|Elhadji?)\.?\s+(?<n>\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+){0,3})")]
    private static partial Regex KinshipThenTitledName();

    [GeneratedRegex(@"(?<![\p{L}])(?i:husband|mari|époux|father|père|mother|mère|guardian|tuteur|tutrice|uncle|oncle|aunt|tante|next\s+of\s+kin|parent/guardian|parent|grandmother|grand-mère|stepfather|beau-père)\s*:\s*(?:(?:Mr|Mrs|Ms|Mme|M|Malam|Mallam|Alhaji|Alhaja|Hadja|Hajia|El\s+Hadji|Pa|Ma|Auntie|Oustaz)\.?\s+)?(?<n>\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+){0,3})")]
    private static partial Regex RelativeField();

    // "vit chez Mme Sidibé Oumou", "stays with a church member, Mrs Doose Iorfa": the person a child lives with.
    [GeneratedRegex(@"(?<![\p{L}])(?:(?i:stays?|staying|lives?|living|placed|sent|lodged|boards?|boarding)\s+with|(?i:chez|hébergée?s?\s+(?:par|chez)|accueillie?s?\s+par|confiée?s?\s+à))(?:\s+(?i:an?|the|une?|la|le|sa|son|ses|her|his)\s+\p{Ll}[\p{Ll}\s'’-]{0,30}?)?\s*,?\s*(?:Mme|M|Mr|Mrs|Ms|Madame|Monsieur|Hadja|Malam|Mallam|Alhaji|Hajia)\.?\s+(?<n>\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+){0,3})")]
    private static partial Regex HostThenTitledName();

    // "Les Mabiala, qui hébergent Exaucée", "the Etongs, who foster her": a host family by its name.
    [GeneratedRegex(@"(?<![\p{L}])(?:(?i:les)\s+(?<n>\p{Lu}[\p{Ll}'’-]+)\s*,?\s+qui\s+(?:hébergent|accueillent|gardent|logent)|(?i:the)\s+(?<n>\p{Lu}[\p{Ll}'’-]+s)\s*,?\s+who\s+(?:host|are\s+hosting|look\s+after|care\s+for|foster))")]
    private static partial Regex FamilyWhoHosts();

    [GeneratedRegex(@"^(?:Mrs?|Ms|Mme|M|Madame|Monsieur|Malam|Mallam|Hadja|Hajia|Alhaji|Alhadji)\.?$")]
    private static partial Regex CourtesyTitle();

    [GeneratedRegex(@"(?<![\p{L}])(?i:prénom|nom|name|first\s+name|given\s+name|surnom|nickname|pseudo|pseudonyme|alias)(?![\p{L}])(?<mid>[^.:;\n]{0,40}?)(?:\s*:\s*|\s+(?i:recorded|given|written|noted|entered|listed|registered)\s+as\s+|(?<=(?i:her|his)\s+name)\s+as\s+|(?<=(?i:noté|donné|indiqué|écrit)\s+le\s+prénom|(?i:and|et)\s+(?:le\s+)?(?:name|prénom))\s+|\s+(?i:est|is|was)\s+)" + Courtesy + @"(?<n>\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+){0,2})")]
    private static partial Regex NameField();

    [GeneratedRegex(@"(?i:école|school|projet|project|centre|center|village|organisation|organization|programme|program|structure|association|ONG|NGO|hospital|hôpital|rapport|report|étude|study|loi|law|ville|town|quartier|district|région|region|fichier|agent|officer|worker|travailleu|enquêteu|interviewer|auteur|author|responsable|coordinat|directeu|director|site|camp|marché|market|daara|rue|street)")]
    private static partial Regex NotAPersonsNameField();

    [GeneratedRegex(@"(?<![\p{L}\d])(?i:bloc|block|zone|shelter|abri|line|ligne|quarter|plot|parcelle|tente|tent|secteur|sector|camp|hut|case)\s+(?:n°\s*)?[A-Z0-9]{1,4}(?![\w])(?:\s*,\s*(?i:bloc|block|zone|shelter|abri|line|ligne|quarter|plot|parcelle|tente|tent|secteur|sector|camp|hut|case)\s+(?:n°\s*)?[A-Z0-9]{1,4}(?![\w]))+")]
    private static partial Regex ShelterUnits();

    [GeneratedRegex(@"(?<![\w/.-])(?=\d{0,6}[A-Z])[A-Z0-9][A-Z0-9]{1,7}(?:[-/][A-Z0-9]{1,8}){1,4}[-/]\d{3,6}(?![\w/-])")]
    private static partial Regex RegisterCode();

    [GeneratedRegex(@"(?<![\p{L}])(?i:sous\s+le|under|porte\s+le|portant\s+le|bears\s+the|bearing\s+the|carries\s+the)\s+(?i:n°|nº|no\.?|num[ée]ro|number|reference|référence|ref\.?)\s*:?\s*(?<c>[A-Z]{1,6}(?:-[A-Z]{1,6})?[\s-]?\d{2,}[\w/-]*|[A-Z0-9][\w/.-]*\d[\w/-]*)")]
    private static partial Regex UnderNumber();

    [GeneratedRegex(@"^\s*(?:(?:Si|Quand|Lorsque|Alors|Et|Mais|Après|Depuis|If|When|And|But|After|Since)\s+)?(?:je\s|j['’]|Je\s|J['’]|(?:Mon|Ma|Mes|mon|ma|mes)\s+\p{Ll}+\s+(?:m['’]|me\s)|On\s+m['’]|on\s+m['’]|Il\s+m['’]|Elle\s+m['’]|I\s|My\s+\p{Ll}+\s+(?:told|sent|gave|took|said)\s+me|(?i:they|he|she)\s+(?:gave|told|took|brought|sent|said|promised|sold|beat|locked)\s+(?:me|I)\s|(?:Ils|Elles|ils|elles)\s+(?:disaient|disait|ont\s+dit|m['’]|nous\s+ont)|(?:\p{Lu}\p{Ll}+\s+){1,2}(?:said|promised|told)\s+(?:I|me)\s|(?:When|If|Quand|Si|Lorsque)\s[^,.;:]{1,40},\s*(?:we|I|je|j['’]|on|nous)\s)")]
    private static partial Regex FirstPersonOpening();

    // The writer of a letter or a report speaking in the first person, not a child.
    [GeneratedRegex(@"^\s*(?:I\s+(?:write|am\s+writing|would|wish|request|urge|call|recommend|hope|thank|look|trust|remain|enclose|attach|note|propose|suggest|believe|think|met|visited|interviewed|spoke)|Je\s+(?:vous|soussign|sollicite|recommande|souhaite|remercie|prie|propose|sugg|pense|crois|note|joins|me\s+permets|tiens)|(?i:we|nous)\s)")]
    private static partial Regex WriterOpening();

    // First-person words the text hands to a speaker after them: "I did not want my daughter cut like me, said Kumba".
    [GeneratedRegex(@"(?<=(?:^|[.!?;:]\s+|\n))(?<t>[^.!?;:\n«»“”""]{10,240}?),\s+(?:said|says|recalls|recalled|explains|explained|adds|added|writes|wrote|raconte|racontait|explique|confie|dit|témoigne|ajoute|poursuit|écrit)\s+(?<n>\p{Lu}\p{Ll}+)")]
    private static partial Regex SpeechHandedOn();

    // The speaker a passage names after the words: ", écrit Mariama", ", she writes", ", said Kumba, 17".
    [GeneratedRegex(@",\s+(?:said|says|writes|wrote|raconte|explique|confie|dit|écrit|témoigne|ajoute)\s+(?:\p{Lu}\p{Ll}+|she|he|elle|il)\b.*$|,\s+(?:she|he|elle|il)\s+(?:said|says|writes|wrote|raconte|explique|dit|écrit)\s*$")]
    private static partial Regex SpeechTail();

    [GeneratedRegex(@"(?:^|[\s;:—–])(?:\p{Lu}\.\s?){2,3}\s*\|\s*(?:1[0-7]|[1-9])(?:\s*(?:ans|years?|yrs?))?\s*\|")]
    private static partial Regex InitialsBeforeAge();

    [GeneratedRegex(@"(?<![\p{L}])(?:\p{Lu}\.\s?){2,3}$")]
    private static partial Regex TrailingInitials();

    [GeneratedRegex(@"^(?i:boîte\s+postale|b\.?\s?p\.?\s|p\.?\s?o\.?\s+box|po\s+box|private\s+mail\s+bag)")]
    private static partial Regex PostBoxStart();

    // "Child's account:", "History in her own words:", « Récit de l'enfant : »: what follows is the child's.
    [GeneratedRegex(@"(?i)(?:account|words|récit|propos|déclaration|statement|history|témoignage|testimony)(?:\s+(?:of\s+the\s+\w+|de\s+l['’]\w+|du\s+\w+))?\s*$")]
    private static partial Regex AccountBeforeColon();

    // "Adjoa Kpodar (3e, 15 ans, quartier …)", "Abdoul-Razak (CM2, 12, Tahoua…)": a name with the class and the age in brackets.
    [GeneratedRegex(@"(?<![\p{L}])(?<n>\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+){0,2})\s*\(\s*(?:[^(),]{1,12},\s*)?(?:1[0-7]|[1-9])(?:\s*(?i:ans|yrs?|years?))?\s*[,)]")]
    private static partial Regex NameThenBracketedAge();

    // "SON 1 (un garçon, voix modifiée) :", "ACT (girl, voice changed):": a child speaking in a script, to the next label.
    [GeneratedRegex(@"\(\s*(?:(?i:un|une|a|an|the|l['’]|la|le)\s*)?(?i:garçon|fille|fillette|girl|boy|child|enfant|adolescente?|teen|teenager|élève|pupil|talibé|almajiri)(?:[,\s][^()]{0,40})?\)\s*:\s*(?<t>[^\n]+?)(?=\s+\p{Lu}{2,}[\p{Lu}\s\d]*(?:\([^()]*\))?\s*:|$|\n)")]
    private static partial Regex ChildInScript();

    [GeneratedRegex(@"(?<![\d\s])\s*\d{2}(?:\s\d{2}){3}(?=\s*\((?i:orange|mtn|moov|airtel|wave|free|mobile)\s*money\))")]
    private static partial Regex MobileMoneyNumber();

    [GeneratedRegex(@"^(?:No|Name|Names|Sex|Gender|Age|Origin|Contact|Contacts|Status|Date|Code|Region|County|District|Camp|Site|School|Class|Grade|Phone|Remarks|Notes|Nom|Noms|Prénom|Prénoms|Sexe|Âge|Origine|Statut|Provenance|Entrée|Sortie|Classe|École|Téléphone|Observations|Remarques|Commune|Village|Quartier)$")]
    private static partial Regex ColumnHeader();

    [GeneratedRegex(@"^(?:1[0-7]|[1-9])(?:\s*(?i:ans|years?|yrs?))?$|^\d{1,2}\s*(?i:mois|months?|semaines|weeks?|jours|days)$")]
    private static partial Regex AgeCell();

    [GeneratedRegex(@"^(?:(?:1[0-7]|[1-9])\s*(?i:ans|years?|yrs?)|\d{1,2}\s*(?i:mois|months?|semaines|weeks?|jours|days))\s*(?:[–—,-]|(?i:de|from|d['’]))\s*\S.{1,80}$")]
    private static partial Regex AgeWithPlaceCell();

    [GeneratedRegex(@"^\+?\d[\d ]{6,14}\d$")]
    private static partial Regex PhoneCell();

    [GeneratedRegex(@"^-?\d{1,3}\.\d{3,}$")]
    private static partial Regex DecimalCell();

    [GeneratedRegex(@"^(?i:na|n/?d|n/a|nr|-|—|null|none|aucun|néant)$")]
    private static partial Regex NotAvailable();

    [GeneratedRegex(@"^(?i:first|premier|première|lady|lord|sir|saint|major|justice|king|queen|speaker|traditional|notable)$")]
    private static partial Regex CapitalOnlyTitle();

    [GeneratedRegex(@"^(?:City|Town|Village|Ville|State|County|District|Region|Région|Street|Road|Avenue|Rue|Market|Marché|Camp|Site|Province|Division|Ward|Quartier|Secteur)$")]
    private static partial Regex PlaceTypeWord();

    [GeneratedRegex(@"^[\s-]\p{Lu}\p{Ll}")]
    private static partial Regex NextWordCapitalised();

    // "(panel code AC-GAR-2026-0057)": a code a label introduces, not a legal code.
    [GeneratedRegex(@"(?<![\p{L}])(?i:code)\s*:?\s*$")]
    private static partial Regex CodeLabel();

    // "Foster parents: Mr and Mrs Quaye", "M. et Mme Ouédraogo": a couple by its family name.
    [GeneratedRegex(@"(?<![\p{L}])(?:Mr\.?\s+(?:and|&)\s+Mrs\.?|M\.\s+et\s+Mme|Monsieur\s+et\s+Madame)\s+(?<n>\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+)?)")]
    private static partial Regex CourtesyCouple();

    // "the Houngbo family", "la famille Dossou", "chez les Abdou Mahamane": a household by its name.
    [GeneratedRegex(@"(?<![\p{L}])(?:(?i:the)\s+(?<n>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?:family|household|twins|children|girls|boys|sisters|brothers)(?!['’])|(?i:la\s+famille|chez\s+les|les\s+enfants)\s+(?<n>\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+)?)|(?i:ménage|household)\s+(?<n>\p{Lu}\p{Ll}+)(?=\s*:))(?![\p{L}])")]
    private static partial Regex FamilyByName();

    // "12 ans | Gorom-Gorom | 14/07": an age in a table row and the cell after it that places the child.
    [GeneratedRegex(@"(?<![\p{L}\d])(?:1[0-7]|[1-9])\s*(?i:ans|years?|yrs?)\s*\|\s*(?=[^|\n;]{0,30}\p{Lu})[^|\n;]{2,40}?(?:\s*\|\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?)?(?=\s*[|;\n.]|$)")]
    private static partial Regex AgeInTableRow();

    [GeneratedRegex(@"(?<![\p{L}])(?i:my\s+name\s+is|name\s+is|je\s+m['’]appelle|moi\s+c['’]est|bonjour|hello|thank\s+you|thanks|merci|caller\s+is|appelante?\s+est)\s*,?\s*(?<n>\p{Ll}{3,12})(?![\p{L}])")]
    private static partial Regex LowercaseNameCue();

    [GeneratedRegex(@"(?<![\p{L}])(?i:cas|case|dossier|bénéficiaire|beneficiary|survivante?|survivor|victime|victim)(?![\p{L}])")]
    private static partial Regex CaseWord();

    [GeneratedRegex(@"^\s*,?\s*(?i:and|et|but|mais|then|puis|or|ou)\s+(?i:that|que|qu['’]|added|ajout\p{L}*)?\s*,?\s*$")]
    private static partial Regex ContinuingQuote();

    [GeneratedRegex(@"(?i:photo|picture|image|cliché|planche|caption|légende|frame|bandeau)")]
    private static partial Regex PhotoWord();

    [GeneratedRegex(@"^(?i:l['’]|la\s|le\s|les\s|the\s|sa\s|son\s|her\s|his\s)\s*(?:(?i:jeune|petite?|young|little|small)\s+)?(?i:fillette|orpheline?|jumeaux|jumelles|jumeau|jumelle|twins?|garçonnet|adolescente|girl|boy)(?![\p{L}])")]
    private static partial Regex OneChildOpening();


    // A numbered item of a photo strip, to the end of its sentence: "Photo 4 : …", "Figure 2. …", "4b. …".
    [GeneratedRegex(@"(?<=^|[.!?]\s+|\n\s*)(?:(?i:photo|image|figure|fig\.|cliché|illustration|picture|planche|frame|vue)\s*\d{1,2}[a-z]?\s*[:.–—-]|\d{1,2}[a-z]?\.)\s+(?<c>[^.!?\n]{5,220})")]
    private static partial Regex NumberedCaption();

    [GeneratedRegex(@"(?i:known\s+(?:at\s+[\p{L}\s]{2,20}?\s+)?as|dite?|surnommée?|called|nicknamed|alias)\s*[«“""‘']\s*(?<n>\p{Lu}[^«»“”""‘’']{1,29}?)\s*[»”""’']")]
    private static partial Regex QuotedNickname();

    [GeneratedRegex(@"(?<![\w-])[A-Z]{2}-\d{3,4}-\d{4}(?![\w-])")]
    private static partial Regex DigitalAddress();

    [GeneratedRegex(@"(?<=^|[.!?]\s+)\p{Lu}[^.!?]{0,60}\((?i:right|left|centre|center|middle|front|back|à\s+gauche|à\s+droite|au\s+centre|au\s+premier\s+plan|second\s+from\s+(?:left|right))\)[^.!?]{0,120}")]
    private static partial Regex PositionedCaption();

    // The voice of an organisation or a government in a quote: "we call on", "nous appelons", "our programme".
    [GeneratedRegex(@"(?i)\b(?:we\s+(?:call|urge|will|must|are\s+committed|welcome|remain)|nous\s+(?:appelons|exhortons|allons|devons|restons|saluons)|our\s+(?:programme|organisation|government|ministry|partners)|notre\s+(?:programme|organisation|gouvernement|ministère))")]
    private static partial Regex OrganisationVoice();

    // The lead of a turn by staff, an official or the document itself: "Conseillère :", "[08:15] Superviseur :",
    // "Counsellor asks:", "Recommandation :".
    [GeneratedRegex(@"^\s*(?:\[[\d:h\s]+\]\s*)?(?i:(?:(?:re|fwd?|tr|objet|subject|sujet|from|to|de|à|cc)\s*:?\s*)+$|conseill|counsel|superviseu|supervisor|host|animat|présent(?:at|er)|present(?:at|er)|interview|enquêt|agent|officer|opj|juge|judge|ministr|minist|président|president|chair|direct|coordinat|format|trainer|facilitat|modérat|moderat|relais|volunteer|bénévole|staff|caseworker|social\s+worker|travailleu|assistante?\s+social|note|recommand|objecti|conclusion|résumé|summary|question|q\b)")]
    private static partial Regex StaffLead();

    // First person plural among the first words of an utterance.
    [GeneratedRegex(@"^(?:\S+\s+){0,7}?(?i:nous|on\s+nous|nos|notre|we|us|our)(?![\p{L}'’])")]
    private static partial Regex FirstPersonPluralNear();

    // First person singular among the first words of an utterance.
    [GeneratedRegex(@"^(?:\S+\s+){0,7}?(?:(?i:je|moi|mon|ma|mes|i|my|am|i'm)(?![\p{L}'’])|(?:me|Me(?!\s+\p{Lu}))(?![\p{L}'’])|[jm]['’]\p{L})")]
    private static partial Regex FirstPersonNear();

    // A speech verb and the unquoted words after it, to the end of the sentence.
    [GeneratedRegex(@"(?<![\p{L}])(?:said|says|told\s+(?:us|me|them|researchers|investigators|the\s+\p{Ll}+)|explained|recalled|dit|a\s+dit|raconte|a\s+raconté|explique|a\s+expliqué|confie|a\s+confié)\s*,?\s+(?!(?i:that|que|qu['’])\s)(?<t>(?=\p{Ll})[^.!?\n""“”«»:]{8,240})")]
    private static partial Regex SpeechThenWords();

    // A speech verb and the words it gives straight after, in the first person: "who said, I break…", "elle dit je veux…".
    [GeneratedRegex(@"(?<s>\p{L}+)?\s+(?:dit|disait|a\s+dit|écrit|says|said|wrote|told\s+(?:the\s+|her\s+|his\s+)?\p{Ll}+)\s*,?\s+(?<t>(?:je\s|j['’]|I\s)\p{L}[^.!?\n]{4,200})")]
    private static partial Regex SpeechThenFirstPerson();

    // The next speaker's label: "Conseillère :", "[08:16] Relais Aissatou :", "Child:".
    [GeneratedRegex(@"(?:\[[\d:h\s]+\]\s*)?(?<![\p{L}])\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s?(?:\([^()]{0,30}\)\s?)?:\s")]
    private static partial Regex NextSpeaker();

    // The speaker closing a colon's lead: "Aminu says", « a répondu Achta », « Réponse de zeinabou », or a bare name label.
    [GeneratedRegex(@"^\s*(?:(?i:réponse\s+de|réponse\s+d['’]|answer\s+of|respondent)\s*:?\s*)?(?<n>\p{L}[\p{Ll}'’-]+)\s*$|(?:^|\s)(?<n>\p{Lu}[\p{Ll}'’-]+)\s+(?:says|said|writes|wrote|answers|answered|répond|a\s+répondu|raconte|dit|explique)\s*$")]
    private static partial Regex SpeakerInLead();

    // A recommendation's verb opening a bullet or a line: "• Harmoniser à 18 ans l'âge minimum du mariage", "- Adopter des…".
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:er|ir|re|ize|ise)\s+\p{Ll}")]
    private static partial Regex BulletImperative();

    private static bool IsBulletImperative(string text, int start, int length)
    {
        var before = text.AsSpan(0, start).TrimEnd(" \t•-–·*".AsSpan());
        return (before.Length == 0 || before[^1] == '\n') && !text.AsSpan(start, length).Contains(' ')
            && BulletImperative().IsMatch(text.AsSpan(start, Math.Min(text.Length - start, length + 3)));
    }

    // "Lettre de Moussa à sa marraine", "Letter from Fatmata Kanu (translated from Temne)", « Dessin de Awa, 8 ans ».
    [GeneratedRegex(@"(?<![\p{L}])(?i:lettre|letter|carte|card|dessin|drawing|message|poème|poem|note)\s+(?:traduite\s+|translated\s+)?(?:\([^()]{0,40}\)\s+)?(?i:de|d['’]|from)\s+(?<n>\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+){0,2})(?=\s*(?:[,:(]|à\s|to\s|au\s|\((?i:traduit|translated)|$))")]
    private static partial Regex LetterFrom();

    // "Nous avons rencontré Aïssata Sanou chez elle", "We met Abdul-Rahman Iddrisu at his home".
    [GeneratedRegex(@"(?<![\p{L}])(?i:rencontré|rencontrons|visité|met|visited|found)\s+(?<n>\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+){0,2})\s+(?i:chez\s+(?:elle|lui|sa|son|ses)|at\s+(?:his|her|their)\s+(?:home|house|compound))")]
    private static partial Regex MetAtHome();

    // The person a statement, hearing, complaint or file is about: « Déposition de Fatou », "Statement of Fuseini",
    // "Notes of interview with Korto", "Remediation plan for Kwabena", « dossier de Mabinty », "Blessing's complaint".
    [GeneratedRegex(@"(?<![\p{L}])(?i:déclaration|déposition|audition|courriel|plainte|statement|complaint|interview|entretien|dossier|file|remediation\s+plan|plan\s+de\s+remédiation|suivi|follow-up|famille)\s+(?i:de|d['’]|of|from|with|for|avec)\s+(?<n>\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)(?=\s*(?:[,:;(.]|$|\s(?:à|au|en|in|at|to)\s))|(?<n>\p{Lu}[\p{Ll}'’-]+)['’]s\s+(?:written\s+|own\s+)?(?i:complaint|statement|letter|drawing|file|case)")]
    private static partial Regex RecordOfPerson();

    // The child a relative, carer, teacher or employer belongs to: « Mère de Rakiéta », « l'institutrice de Astou »,
    // « la famille d'accueil de Fatou », "class teacher of Yayra and Selasi", « Réponse de Rihanata ».
    [GeneratedRegex(@"(?<![\p{L}])(?i:mère|père|tante|oncle|grand-mère|grand-père|sœur|frère|tuteur|tutrice|enseignante?|institut(?:eur|rice)|maîtresse|maître(?:\s+de\s+(?:CP|CE|CM)\d)?|famille\s+d['’]accueil|employeu(?:r|se)|patronne|réponse|mother|father|aunt|uncle|grandmother|grandfather|sister|brother|guardian|teacher|class\s+teacher|host\s+family|employer|answer|reply)(?:\s+(?i:adoptive?|biologique|d['’]accueil|de\s+musique|foster))?\s+(?:(?:de|of)\s+|d['’]\s*)(?:the\s+child\s+(?:respondent\s+)?)?(?<n>\p{Lu}[\p{Ll}'’-]+)(?:\s+(?:et|and)\s+(?:de\s+|d['’])?(?<m>\p{Lu}[\p{Ll}'’-]+))?(?![\p{L}])")]
    private static partial Regex CarerOfChild();

    // A court's measure for one child introduces that child's file, not a law: « ordonnance de placement provisoire
    // n° OPP/TE-KDG/2025/0117 », « Ordonnance de tutelle n° TPI-Korhogo/TUT/2025/46 », "care order No. …".
    [GeneratedRegex(@"(?i:(?:ordonnance|décision|jugement|order|ruling)\s+(?:de\s+|d['’]|of\s+)?(?:placement|tutelle|garde|adoption|délégation\s+d['’]autorité|assistance\s+éducative|care|custody|guardianship|supervision|protection|interim\s+care)|(?:placement|care|custody|adoption|guardianship|supervision|protection)\s+order)(?:\s+\p{Ll}+)?\s*(?:n°|nº|no\.?|number|numéro)?\s*:?\s*$")]
    private static partial Regex ChildMeasureBefore();

    // What closes a script's speaker label: "(voice):", " (V.O.) :", ":".
    [GeneratedRegex(@"^\s*(?:\([^()\n]{1,20}\)\s*)?:")]
    private static partial Regex SpeakerLabelAfter();

    // A family by its name in the plural: "the Okonkwos", "the Ampofo-Mensahs" (not "the Philippines", "the Gambians").
    [GeneratedRegex(@"(?<![\p{L}])(?<=(?i:the)\s+)(?<n>\p{Lu}[\p{Ll}'’]{2,}(?:-\p{Lu}[\p{Ll}'’]+)?)s(?=\s+(?i:of|at|in|had|have|has|who|are|were|live|lived|took|agreed|said|say)(?![\p{L}])|\s*[,:;.)])")]
    private static partial Regex FamilyInPlural();

    [GeneratedRegex(@"^\s+(?i:of|at)\s+(?:No\.?\s*\d|House|Plot|Flat|Compound|\d)")]
    private static partial Regex HomeAfterFamily();

    [GeneratedRegex(@"(?i:ian|ean|ese|ish|ite|ist|er|an|ic)$")]
    private static partial Regex Nationality();

    // A passage that places a child with a family: foster care, hosting, adoption, guardianship.
    [GeneratedRegex(@"(?<![\p{L}])(?i:foster\w*|carers?|host(?:s|ed|ing)?|adopt\w*|placed|placement|guardian\w*|took\s+in|taken\s+in|joins|stay(?:s|ed|ing)?\s+with|lives?\s+with|living\s+with|famille\s+d['’]accueil|familles?\s+hôtes?)(?![\p{L}])")]
    private static partial Regex HostingCue();

    // A courtesy title and the name after it: "Mrs Ngozi Okonkwo", "Malam Sani", « Mme Tra Bi Odette ».
    [GeneratedRegex(@"(?<![\p{L}])(?:Mrs?\.?|Ms\.?|Mme|M\.|Madame|Monsieur|Malam|Mallam|Alhaji|Alhadji|Hadja|Hajia|Pa)\s+(?<n>" + NameWords + @")(?![\p{L}])")]
    private static partial Regex TitledName();

    // What ties a sentence's people to a child: a relative, a master or a teacher of someone, a child of someone,
    // a Quranic school, speaking for a child.
    [GeneratedRegex(@"(?<![\p{L}])(?i:talibés?|almajir\w*|tsangaya|daara|mahadra|(?:école|foyer)\s+coranique|quranic|on\s+behalf\s+of|(?:his|her|their|son|sa|ses|leur|leurs)\s+(?:own\s+|propre\s+)?(?:daughter|son|granddaughter|grandson|niece|nephew|ward|child|children|fille|fils|petite-fille|petit-fils|nièce|neveu|enfants?|pupil|élève|apprentie?|apprentice)s?|(?:son|daughter|fils|fille|father|mother|père|mère|uncle|aunt|oncle|tante|maître|master|teacher|tutor|host|parents?)\s+(?:of|de|d['’]))(?![\p{L}])")]
    private static partial Regex TieToChild();

    // A name closed by a colon, a bracket or a comma ("Mère de Rakiéta :", "(père d'Achta)"), not one a phrase goes on from.
    [GeneratedRegex(@"^\s*[:),;]")]
    private static partial Regex ClosedAfter();

    [GeneratedRegex(@"^\s*(?i:réponse|answer|reply)(?![\p{L}])")]
    private static partial Regex AnswerWord();

    // « Réponse de Moussa : vu, je préviens… » answers an e-mail; after a question it is an interview's answer.
    private static bool IsReplyToAMessage(string text, string head, int at) =>
        AnswerWord().IsMatch(head) && !text.AsSpan(0, at).Contains('?');

    // An age told in a narrative, with the clause that places the child after it.
    [GeneratedRegex(@"(?<![\p{L}])(?<span>(?:(?<!\d\s)(?i:à|at)\s+(?:l['’]âge\s+de\s+|the\s+age\s+of\s+)?(?:1[0-7]|[1-9]|" + AgeWordFr + "|" + AgeWordEn + @")(?:\s+ans|\s+years?(?:\s+old)?)?\s*,?\s+(?i:avec|with|après|after|chez|quand|lorsque|when|elle|il|she|he|l['’]année|the\s+year|en\s+(?:\p{Lu}|\d)|in\s+(?:\p{Lu}|\d))|(?i:a|avait)\s+(?:1[0-7]|[1-9]|" + AgeWordFr + @")\s+ans\s+(?i:et)\s(?=\p{Ll})|(?i:is|was)\s+(?:1[0-7]|[1-9]|" + AgeWordEn + @")(?:\s+years?\s+old)?(?:\s+and\s(?=\p{Ll})|\s*,\s+(?i:living|working|herding|selling|hawking|after|when|in\s+(?:JHS|JSS|Class|Grade|Primary|Form)|from|with)\b))[^.;:!?()]{3,100})")]
    private static partial Regex AgeInNarrative();


    // A chat's or a call's greeting or one-word acknowledgement, which tells nothing: "hi", « slt », "ok".
    [GeneratedRegex(@"^(?i:hi|hello|hey|bonjour|bonsoir|slt|salut|allo|allô|ok|okay|oui|non|yes|no|merci|thanks?|thank\s+you)\W*$")]
    private static partial Regex Greeting();

    // "We" that speaks for a country, a community or a profession, not for children who lived something: "nos filles
    // méritent l'école", "our laws must catch up", "we published in the public interest". A child's "we" tells what
    // was done to them ("on nous faisait porter les bagages", "they told us we were going to school").
    [GeneratedRegex(@"(?i)(?<![\p{L}])(?:(?:nos|our)\s+(?:filles|fils|enfants|garçons|jeunes|communautés|quartiers|rues|mines|écoles|lois|daughters|sons|children|girls|boys|communities|streets|mines|schools|laws)|doit|doivent|devons|devrions|must|should|we\s+(?:published|no\s+longer|lend|urge|appeal)|nous\s+(?:rappelons|lançons|demandons))(?![\p{L}])")]
    private static partial Regex LeaderVoice();

    [GeneratedRegex(@"(?i)\b(?:words|propos|témoignage|testimony|account|récit|statement|déclaration|described|décrit|décrivait)\b")]
    private static partial Regex AccountWord();

    [GeneratedRegex(@":\s*(?![«“""‘'\s])")]
    private static partial Regex UnquotedColon();

    // A colon or a comma, then a name (or initials): what a record's field or a role in apposition gives.
    [GeneratedRegex(@"[:,]\s*" + Courtesy + @"(?<n>(?:\p{Lu}\.\s?){2,3}|" + NameWords + ")")]
    private static partial Regex FieldValue();

    [GeneratedRegex(@"\s*\([^()]{0,30}\)\s*$")]
    private static partial Regex TrailingBracket();

    [GeneratedRegex(@"(?i)(?<![\p{L}])(?:notre|our)\s+(?:fille|fils|daughter|son|bébé|baby)(?![\p{L}])")]
    private static partial Regex OurChild();

    // Elided forms ("j'irais", "m'a") are followed by a letter; whole pronouns are not.
    [GeneratedRegex(@"(?i)(?<![\p{L}])(?:(?:je|me|moi|mon|ma|mes|i|my|mine)(?![\p{L}])|[jm]['’]\p{L})")]
    private static partial Regex FirstPerson();
}
