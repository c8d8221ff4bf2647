using DocumentFormat.OpenXml.Wordprocessing;
using Knowledge.Core.Evidence;
using Knowledge.Ingest.Pipeline;
using Knowledge.Ingest.Tests.Fixtures;

namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Four reports written for the held-out search evaluation (<see cref="SearchOverUnseenDocumentsTests"/>),
/// by someone who had not read the glossary, the query understanding or the ranking code: two in
/// French (Burkina Faso, gold mining, as a PDF; Sénégal and Mauritanie, talibé children, as a Word
/// file) and two in English (Nigeria and Ghana, online exploitation; Sierra Leone and Liberia,
/// trafficking and survival sex; both PDFs). Each has headings, several pages and one table with a
/// caption. <b>Every figure, survey and finding in them is invented test data</b>; laws and
/// institutions are named as reports of the region name them.
/// </summary>
internal static class UnseenReports
{
    internal sealed record Section(string Heading, string[] Paragraphs, ReportTable? Table = null, string[]? After = null);

    internal sealed record ReportTable(string Caption, string[] Columns, string[][] Rows, double[] Xs);

    internal sealed record Report(string File, string Title, IngestRequest Request, Section[] Sections);

    public const string GoldMiningFile = "bf-orpaillage-enfants-2024.pdf";
    public const string TalibeFile = "sn-mr-talibes-mendicite-2023.docx";
    public const string OnlineFile = "ng-gh-online-sextortion-2025.pdf";
    public const string SurvivalSexFile = "sl-lr-trafficking-survival-sex-2024.pdf";

    public static readonly Report GoldMining = new(
        GoldMiningFile,
        "Les enfants dans l'orpaillage artisanal au Burkina Faso : état des lieux 2024",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["BF"], Language = "fr", Publisher = "Collectif d'essai pour l'enfance (exemple)" },
        [
            new("Résumé",
            [
                "Cette étude décrit la situation des enfants qui vivent et travaillent sur les sites d'orpaillage artisanal du Burkina Faso. Elle repose sur une enquête menée entre octobre 2023 et février 2024 dans 42 sites des régions du Centre-Nord, du Sud-Ouest et des Cascades, auprès de 1 860 enfants et de 310 adultes.",
                "Les résultats montrent que la présence d'enfants sur les sites n'est pas marginale : dans certains sites, les enfants représentent près d'un tiers des travailleurs. La majorité d'entre eux ont quitté l'école, et les filles sont exposées à des formes d'exploitation sexuelle peu visibles dans les statistiques officielles.",
            ]),
            new("1. Contexte et méthodologie",
            [
                "L'orpaillage artisanal s'est fortement étendu au Burkina Faso depuis la hausse du cours de l'or à la fin des années 2000. Le pays compte plusieurs centaines de sites actifs, dont une partie échappe à tout contrôle de l'administration minière, en particulier dans les zones touchées par l'insécurité.",
                "Les enquêteurs ont utilisé un questionnaire individuel pour les enfants de 10 à 17 ans, des entretiens avec les chefs de site, les propriétaires de puits et les parents, ainsi que des groupes de discussion séparés pour les filles et les garçons. Les sites ont été choisis de façon raisonnée, en tenant compte de leur taille et de leur accessibilité.",
            ]),
            new("2. Chiffres clés",
            [
                "Le tableau ci-dessous présente le nombre d'enfants recensés sur les sites enquêtés. Le recensement a été réalisé par comptage direct, un jour ouvré, pendant la saison sèche, période de plus forte activité.",
            ],
            new ReportTable(
                "Tableau 1 : Enfants recensés sur les sites d'orpaillage enquêtés, par région (2023-2024)",
                ["Région", "Sites enquêtés", "Enfants recensés", "Dont filles", "Non scolarisés"],
                [
                    ["Centre-Nord", "14", "3 420", "1 130", "71 %"],
                    ["Sud-Ouest", "16", "4 980", "1 870", "64 %"],
                    ["Cascades", "12", "2 150", "690", "58 %"],
                    ["Ensemble", "42", "10 550", "3 690", "65 %"],
                ],
                [57, 160, 255, 360, 450]),
            [
                "Les filles représentent un tiers des enfants comptés. Les proportions d'enfants non scolarisés sont les plus fortes dans les sites les plus anciens, où des familles entières se sont installées.",
            ]),
            new("3. Des travaux dangereux",
            [
                "Les garçons descendent dans des puits étroits qui atteignent parfois trente mètres de profondeur, sans casque ni harnais. Les éboulements sont la première cause d'accident mortel signalée par les chefs de site ; dans le Centre-Nord, trois enfants sont morts dans l'effondrement d'une galerie au cours de la période d'enquête.",
                "Les plus jeunes concassent et tamisent le minerai, transportent l'eau et lavent le sable aurifère. Beaucoup manipulent le mercure à mains nues pour amalgamer l'or, puis brûlent l'amalgame à l'air libre, souvent à côté des habitations. Des maux de tête, des tremblements et des douleurs respiratoires ont été rapportés par 4 enfants sur 10.",
                "Dans les sites du Sud-Ouest, l'usage du cyanure pour le traitement des rejets se répand, sans aucune protection pour les enfants qui travaillent à proximité des bacs de lixiviation.",
            ]),
            new("4. L'exploitation sexuelle des filles sur les sites",
            [
                "Les filles sont rarement employées au fond des puits. Elles vendent de la nourriture, de l'eau ou des cigarettes, travaillent comme serveuses dans les buvettes et les maquis installés autour des sites, ou lavent le linge des orpailleurs.",
                "Dans les groupes de discussion, de nombreuses adolescentes ont décrit des relations sexuelles tarifées avec des orpailleurs adultes, présentées comme un moyen de payer leur nourriture ou leur logement. Les gérantes de buvettes recrutent parfois des filles venues d'autres régions, du Togo ou du Niger, en leur promettant un emploi de vendeuse.",
                "Les grossesses précoces sont fréquentes : les agents de santé des centres proches des sites ont indiqué que les mères de moins de 18 ans représentaient une part croissante des accouchements. Aucune structure de prise en charge spécialisée n'existe sur les sites enquêtés.",
            ]),
            new("5. L'abandon scolaire",
            [
                "L'école perd ses élèves au rythme des découvertes de filons. Lorsqu'un nouveau site ouvre, des classes entières se vident en quelques semaines, et les enseignants des villages voisins signalent des effectifs réduits de moitié pendant la saison sèche.",
                "Les parents justifient le départ des enfants par le coût de la scolarité et par l'espoir d'un gain rapide. Pourtant, la plupart des enfants interrogés gagnent moins de 1 500 francs CFA par jour, et une partie de ce revenu est reversée au propriétaire du puits.",
            ]),
            new("6. Cadre juridique",
            [
                "Le Code du travail (loi n° 028-2008/AN du 13 mai 2008) fixe à 16 ans l'âge minimum d'admission à l'emploi, et le décret n° 2016-504 du 9 juin 2016 range le travail dans les mines et les carrières parmi les travaux dangereux interdits aux enfants. Le Code minier de 2015 interdit l'emploi d'enfants sur les sites d'exploitation artisanale.",
                "Ces textes sont peu appliqués : les inspecteurs du travail ne se rendent presque jamais sur les sites, et les comités de surveillance mis en place par les communes manquent de moyens de déplacement.",
            ]),
            new("7. Recommandations",
            [
                "Le ministère chargé des mines doit conditionner l'octroi des autorisations d'exploitation artisanale à l'absence d'enfants sur les sites et organiser des contrôles inopinés pendant la saison sèche.",
                "Il est recommandé de créer des classes passerelles à proximité des principaux sites, afin de permettre aux enfants déscolarisés de reprendre leur scolarité.",
                "Les services de l'action sociale devraient ouvrir des espaces sûrs pour les filles dans les localités minières, avec une offre de santé sexuelle et reproductive et un accompagnement vers la formation professionnelle.",
            ]),
        ]);

    public static readonly Report Talibe = new(
        TalibeFile,
        "Note d'analyse : enfants talibés et mendicité forcée au Sénégal et en Mauritanie",
        new IngestRequest { Year = 2023, Kind = DocumentKind.PolicyBrief, Countries = ["SN", "MR"], Language = "fr", Publisher = "Plateforme d'essai pour les droits de l'enfant (exemple)" },
        [
            new("1. Contexte",
            [
                "Au Sénégal comme en Mauritanie, de nombreuses familles confient leurs fils à un maître coranique pour qu'ils apprennent le Coran, dans un daara au Sénégal ou une mahadra en Mauritanie. Cette tradition d'enseignement religieux reste très respectée et la plupart des écoles coraniques n'exposent pas les enfants à la mendicité.",
                "Dans une partie des daaras urbains, cependant, les enfants sont contraints de mendier chaque jour pour le compte du maître. Cette pratique, que la loi qualifie d'exploitation, touche surtout des garçons de 5 à 15 ans, souvent éloignés de leur famille pendant plusieurs années.",
            ]),
            new("2. Ampleur du phénomène",
            [
                "Les recensements disponibles sont anciens et partiels, mais ils donnent un ordre de grandeur. Le tableau suivant reprend les estimations des recensements et des études de terrain les plus récents.",
            ],
            new ReportTable(
                "Tableau 2 : Enfants talibés contraints à la mendicité, par ville (estimations)",
                ["Ville", "Enfants mendiants recensés", "Venus d'un pays voisin", "Année"],
                [
                    ["Dakar", "30 160", "22 %", "2019"],
                    ["Touba", "16 900", "9 %", "2020"],
                    ["Saint-Louis", "14 300", "31 %", "2021"],
                    ["Kaolack", "7 250", "18 %", "2021"],
                    ["Nouakchott", "4 800", "47 %", "2022"],
                    ["Rosso", "1 150", "55 %", "2022"],
                ],
                []),
            [
                "En Mauritanie, la mendicité des enfants des mahadras est moins étendue qu'au Sénégal, mais une forte proportion des enfants mendiants de Nouakchott et de Rosso viennent du Sénégal, du Mali ou de Guinée.",
            ]),
            new("3. Conditions de vie des enfants",
            [
                "La plupart des enfants interrogés doivent rapporter chaque jour une somme fixée par le maître, généralement entre 300 et 500 francs CFA, ainsi que du riz ou du sucre. Ceux qui ne rapportent pas la somme exigée subissent des coups ou sont privés de repas.",
                "Les enfants dorment souvent dans des bâtiments inachevés, sans moustiquaire ni eau courante. Les maladies de peau, le paludisme et la malnutrition sont fréquents, et les fugues exposent les plus âgés à la vie dans la rue, à la drogue et aux violences sexuelles.",
            ]),
            new("4. Une dimension transfrontalière",
            [
                "Une partie des enfants est déplacée d'un pays à l'autre par des intermédiaires qui recrutent dans les villages de Guinée-Bissau, du Mali et de Guinée. Les parents remettent l'enfant contre la promesse d'une éducation religieuse, sans savoir qu'il sera envoyé mendier dans une grande ville du Sénégal ou de Mauritanie.",
                "Ces déplacements réunissent les éléments de la traite des enfants : recrutement, transport et hébergement à des fins d'exploitation. Les poursuites restent rares, car les maîtres coraniques bénéficient d'une forte protection sociale et religieuse.",
            ]),
            new("5. Cadre juridique et réponses publiques",
            [
                "Au Sénégal, l'article 3 de la loi n° 2005-06 du 10 mai 2005 punit le fait d'organiser la mendicité d'autrui en vue d'en tirer profit. En Mauritanie, la loi n° 2020-017 relative à la prévention et à la répression de la traite des personnes réprime l'exploitation de la mendicité des enfants.",
                "Les opérations de retrait des enfants de la rue menées à Dakar en 2016 puis en 2018 ont permis de placer plusieurs centaines d'enfants dans des centres d'accueil, mais beaucoup sont revenus dans la rue faute de suivi. Le projet de loi portant statut des daaras, préparé depuis 2013, n'a toujours pas été adopté.",
            ]),
            new("6. Recommandations",
            [
                "Le gouvernement du Sénégal doit adopter le projet de loi portant statut des daaras et conditionner l'ouverture d'une école coranique au respect de normes d'hébergement et d'hygiène.",
                "Les autorités mauritaniennes et sénégalaises devraient conclure un accord bilatéral pour le retour des enfants talibés dans leur famille, avec une enquête sociale préalable.",
                "Il est recommandé de soutenir les daaras modernes qui associent l'enseignement coranique, le français et les apprentissages de base, sans mendicité.",
            ]),
        ]);

    public static readonly Report Online = new(
        OnlineFile,
        "Online sexual exploitation and sextortion of children in Nigeria and Ghana",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["NG", "GH"], Language = "en", Publisher = "Test Research Consortium (example)" },
        [
            new("Summary",
            [
                "This study examines how children in Nigeria and Ghana are sexually exploited through the internet and mobile phones. It combines a survey of 2 400 secondary school students aged 13 to 17 in Lagos, Kano, Accra and Kumasi with interviews of police officers, teachers, social workers and platform staff.",
                "One student in four had received unwanted sexual messages in the past year. Sextortion, in which an offender threatens to share intimate images unless the child pays or sends more images, emerged as the fastest-growing harm reported to police cybercrime units in both countries.",
            ]),
            new("1. Methods",
            [
                "The survey was self-administered on tablets in 24 public and private schools, with separate sessions for girls and boys. Parents gave consent and students could skip any question. Interviews were held with 46 professionals between May and September 2024.",
                "Schools were selected to represent both wealthier and poorer neighbourhoods in each city. The sample excludes children who are out of school, who may face higher risks.",
            ]),
            new("2. Key figures",
            [
                "Table 1 shows the share of surveyed students who reported each online harm in the twelve months before the survey.",
            ],
            new ReportTable(
                "Table 1: Students reporting online harms in the past year, by city (%)",
                ["City", "Sexual messages", "Asked for images", "Threatened", "Told anyone"],
                [
                    ["Lagos", "31%", "14%", "6.2%", "27%"],
                    ["Kano", "18%", "9%", "3.8%", "19%"],
                    ["Accra", "29%", "12%", "7.1%", "33%"],
                    ["Kumasi", "24%", "10%", "5.4%", "30%"],
                ],
                [57, 150, 260, 370, 460]),
            [
                "Boys were as likely as girls to be threatened with the sharing of their images, a finding that challenges the common view that only girls are at risk.",
            ]),
            new("3. Financially motivated sextortion",
            [
                "Police officers in Lagos and Accra described a sharp rise in financially motivated sextortion targeting teenage boys. Offenders pose as girls of the same age on social media, persuade the boy to send a nude image, and then demand payment within hours.",
                "Payments are usually made by mobile money or with gift cards, in amounts that start small and increase. Several boys said they stole money from their parents to pay. Some offenders are organised groups of young men who also run romance scams, known locally as Yahoo boys.",
            ]),
            new("4. Grooming on games and messaging apps",
            [
                "Younger children were most often first contacted on online games and then moved to private messaging apps, where adults built trust over several weeks with gifts of airtime and data bundles before asking for images.",
                "Teachers reported that children rarely recognise grooming as abuse, because the offender presents himself as a friend or a boyfriend. Almost no school in the sample taught online safety.",
            ]),
            new("5. Legal framework and reporting",
            [
                "Nigeria's Cybercrimes (Prohibition, Prevention, etc.) Act 2015, amended in 2024, criminalises child sexual abuse material and cyberstalking. Ghana's Cybersecurity Act 2020 (Act 1038) contains specific offences of sextortion and of non-consensual sharing of intimate images.",
                "In Ghana, children and parents can report to the Cyber Security Authority through its 292 hotline. In Nigeria, reports go to the police cybercrime unit or to NAPTIP, but few children know these channels exist.",
                "Most victims told no one. Shame, fear that parents would confiscate their phone, and fear of being blamed were the main reasons given for silence.",
            ]),
            new("6. Recommendations",
            [
                "Governments should require social media and gaming platforms operating in Nigeria and Ghana to detect and remove sextortion accounts quickly and to report them to national authorities.",
                "Schools should teach online safety from the first year of secondary school, including how to block, keep evidence and report without fear of punishment.",
                "Mobile money operators must flag and freeze suspicious repeated transfers from children's accounts to unknown recipients.",
            ]),
        ]);

    public static readonly Report SurvivalSex = new(
        SurvivalSexFile,
        "Trafficking and survival sex among adolescent girls in Sierra Leone and Liberia",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["SL", "LR"], Language = "en", Publisher = "Test Research Consortium (example)" },
        [
            new("Summary",
            [
                "This report documents how adolescent girls in Sierra Leone and Liberia are trafficked within and across borders and pushed into exchanging sex for food, shelter or money. It draws on interviews with 660 girls aged 12 to 19 in Freetown, Kenema, Monrovia and Ganta, and with service providers.",
                "Most girls who exchange sex to survive are not controlled by a third party. Yet many were brought to the city by relatives or acquaintances with the promise of schooling, and then left without support: a pattern that the law of both countries treats as trafficking when the girl is exploited.",
            ]),
            new("1. Context",
            [
                "The Ebola epidemic of 2014 to 2016 left thousands of children without one or both parents, and the economic crisis that followed pushed many households to send daughters to relatives in the cities. Poverty, teenage pregnancy and school fees remain the main drivers of girls leaving home.",
                "Artisanal mining areas, such as Kono in Sierra Leone and the gold camps of Nimba and Grand Gedeh in Liberia, attract men with cash income and have become markets for the sexual exploitation of girls.",
            ]),
            new("2. Routes and forms of trafficking",
            [
                "Girls from rural districts are moved to Freetown and Monrovia to work as housemaids or market sellers for a relative or a trader. When the promised schooling does not happen, many run away and end up sleeping in markets or on beaches.",
                "Cross-border movements run from Kambia and Kailahun towards Guinea, and from Lofa and Nimba towards Guinea and Côte d'Ivoire. Some girls are recruited for work in bars and video clubs near the mining camps, where they are sold for sex.",
            ]),
            new("3. Survival sex",
            [
                "Table 2 shows the share of girls interviewed at each site who reported having exchanged sex for money, food or a place to sleep.",
            ],
            new ReportTable(
                "Table 2: Girls interviewed who reported survival sex, by site",
                ["Site", "Girls interviewed", "Survival sex", "Median age"],
                [
                    ["Freetown", "210", "38%", "15"],
                    ["Kenema", "140", "26%", "15"],
                    ["Monrovia", "190", "41%", "14"],
                    ["Ganta", "120", "29%", "15"],
                ],
                [57, 180, 310, 430]),
            [
                "Girls described the exchange as the only way to eat or to pay for a room; few saw themselves as victims. Condom use was irregular, and more than half of the girls who reported survival sex had been pregnant at least once.",
            ]),
            new("4. Services and justice",
            [
                "Sierra Leone's Family Support Units and Liberia's Women and Children Protection Section receive reports of sexual abuse, but few girls in survival sex approach them, fearing arrest or ridicule. One-stop centres in the main hospitals offer medical care after rape, yet none offers longer-term shelter.",
                "Prosecutions for trafficking remain rare. Between 2020 and 2023, courts in Sierra Leone convicted fewer than ten traffickers of children, and most cases of internal trafficking were settled within the family.",
            ]),
            new("5. Legal framework",
            [
                "Sierra Leone's Anti-Human Trafficking and Migrant Smuggling Act 2022 sets a minimum sentence of 15 years for trafficking and treats any recruitment of a child for exploitation as trafficking, whatever the means used. Liberia's 2021 Act to Ban Trafficking in Persons replaced the 2005 law and created a national task force.",
                "Both countries' laws criminalise buying sex from a child, but the police rarely pursue the adult men involved in survival sex.",
            ]),
            new("6. Recommendations",
            [
                "Governments should fund safe homes for adolescent girls in Freetown and Monrovia, with food, schooling or vocational training, so that no girl has to exchange sex to survive.",
                "Police and prosecutors must investigate the adults who buy sex from girls in markets and mining areas, rather than arresting the girls.",
                "Social workers should trace the families of girls sent to the city by relatives and check the conditions in which they live.",
            ]),
        ]);

    public static IReadOnlyList<Report> All { get; } = [GoldMining, Talibe, Online, SurvivalSex];

    /// <summary>The report's file: a PDF, one section a page, or a Word file with a page break between sections.</summary>
    public static byte[] Bytes(Report report) =>
        report.File.EndsWith(".docx", StringComparison.Ordinal) ? Docx(report) : Pdf(report);

    private static byte[] Pdf(Report report)
    {
        using var pdf = new TestPdf();
        var first = true;
        foreach (var section in report.Sections)
        {
            pdf.Page();
            var y = 60.0;
            if (first)
            {
                y = pdf.Paragraph(57, y, 480, report.Title, size: 15) + 24;
                first = false;
            }

            pdf.Text(57, y, section.Heading, 13, bold: true);
            y += 26;
            foreach (var paragraph in section.Paragraphs)
            {
                y = pdf.Paragraph(57, y, 480, paragraph) + 12;
            }

            if (section.Table is { } table)
            {
                pdf.Text(57, y + 8, table.Caption, 10, bold: true);
                y += 32;
                // A header wider than its column wraps within it, as a word processor lays it out.
                var below = y;
                for (var c = 0; c < table.Columns.Length; c++)
                {
                    var width = (c + 1 < table.Xs.Length ? table.Xs[c + 1] : 538) - table.Xs[c] - 6;
                    below = Math.Max(below, pdf.Paragraph(table.Xs[c], y, width, table.Columns[c], size: 10, leading: 12, bold: true));
                }

                y = below + 8;
                foreach (var row in table.Rows)
                {
                    for (var c = 0; c < row.Length; c++)
                    {
                        pdf.Text(table.Xs[c], y, row[c], 10);
                    }

                    y += 18;
                }

                y += 20;
            }

            foreach (var paragraph in section.After ?? [])
            {
                y = pdf.Paragraph(57, y, 480, paragraph) + 12;
            }
        }

        return pdf.Save();
    }

    private static byte[] Docx(Report report)
    {
        var body = new List<DocumentFormat.OpenXml.OpenXmlElement> { TestDocx.Heading(1, report.Title) };
        foreach (var section in report.Sections)
        {
            if (body.Count > 1)
            {
                body.Add(TestDocx.PageBreak());
            }

            body.Add(TestDocx.Heading(2, section.Heading));
            body.AddRange(section.Paragraphs.Select(TestDocx.Para));
            if (section.Table is { } table)
            {
                body.Add(TestDocx.Para(table.Caption));
                body.Add(new Table([Row(table.Columns), .. table.Rows.Select(Row)]));
            }

            body.AddRange((section.After ?? []).Select(TestDocx.Para));
        }

        return TestDocx.Build(report.Title, [.. body]);

        static TableRow Row(string[] cells) => new(cells.Select(c => new TableCell(new Paragraph(new Run(new Text(c))))));
    }
}
