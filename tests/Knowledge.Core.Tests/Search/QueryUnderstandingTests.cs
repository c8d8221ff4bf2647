using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;

namespace Knowledge.Core.Tests.Search;

public sealed class QueryUnderstandingTests
{
    private static readonly QueryUnderstanding Understanding = new(EvidenceTaxonomy.Default, Glossary.Default);

    private static List<string> Words(QueryPlan plan) => [.. plan.Clauses.SelectMany(c => c.Alternatives).Select(a => a.Text)];

    // Linking words ("de", "les", "the") stay in the plan: each engine's analyzer drops them as stop words.
    [Theory]
    [InlineData("combien de talibés forcés à mendier", "combien", "talibés forcés mendier")]
    [InlineData("servitude pour dettes envers les passeurs", "envers", "servitude dettes passeurs")]
    [InlineData("enfants confiés employés comme domestiques", "comme", "enfants confiés employés domestiques")]
    [InlineData("how many reports does the CyberTipline receive", "how many does", "reports CyberTipline receive")]
    public void Analyse_QuestionWordsAndPrepositions_AreNotSearched(string query, string dropped, string kept)
    {
        var words = Words(Understanding.Analyse(query));
        Assert.All(dropped.Split(' '), w => Assert.DoesNotContain(w, words));
        Assert.All(kept.Split(' '), w => Assert.Contains(w, words));
    }

    /// <summary>
    /// A stop word is not expanded, even where the glossary folds it onto a content word: « ne » is not « né »
    /// (born), "the" not « thé ».
    /// </summary>
    [Theory]
    [InlineData("petits bergers qui ne voient plus leur mère", "ne")]
    [InlineData("children who sell the tea in markets", "the")]
    public void Analyse_StopAndFunctionWords_AreNotExpanded(string query, string words)
    {
        var plan = Understanding.Analyse(query);
        Assert.All(words.Split(' '), w => Assert.DoesNotContain(plan.Expansions, e => e.Source == w));
        Assert.All(plan.Clauses.Where(c => words.Split(' ').Contains(c.Alternatives[0].Text)), c => Assert.Empty(c.Expansions));
        Assert.Contains(plan.Expansions, e => e.Source is "mère" or "markets");
    }

    /// <summary>
    /// A country's name is understood and left to the boost; a locality is understood as its country
    /// too, but stays a word to find: it is narrower than the country.
    /// </summary>
    [Fact]
    public void Analyse_Locality_IsUnderstoodAsItsCountry_AndStaysAWordToFind()
    {
        var plan = Understanding.Analyse("mariage des filles à Kambia en Sierra Leone");

        Assert.Equal(["SL"], plan.Concepts.Where(c => c.Kind == ConceptKind.Country).Select(c => c.Code));
        Assert.False(plan.Clauses.Single(c => c.Alternatives[0].Text == "Kambia").IsPlace);
        Assert.True(plan.Clauses.Single(c => c.Alternatives[0].Text == "Sierra").IsPlace);
    }

    [Fact]
    public void Analyse_AskingForFigures_StillSaysSo_WhenTheQuestionWordIsDropped()
    {
        var plan = Understanding.Analyse("how many talibé children");
        Assert.True(plan.AsksForNumbers);
        Assert.DoesNotContain("how", Words(plan));
        Assert.DoesNotContain("many", Words(plan));
    }

    [Fact]
    public void Analyse_OnlyFunctionWords_KeepsThem()
    {
        Assert.Equal(["comme", "selon"], Words(Understanding.Analyse("comme selon")));
    }

    [Fact]
    public void Analyse_AcronymInCapitals_IsKept() =>
        Assert.Contains("WHO", Words(Understanding.Analyse("WHO guidelines")));

    [Fact]
    public void Analyse_QuotedFunctionWord_IsKept() =>
        Assert.Contains("selon", Words(Understanding.Analyse("mariage \"selon\"")));

    [Fact]
    public void Analyse_LongerTerm_KeepsTheTermsOfTheShorterOneInsideIt()
    {
        // « prise en charge intégrée » is a term of its own (integrated care); the « prise en charge »
        // inside it must still reach "care", or a passage that says "care" loses three of the query's words.
        var glossary = new Glossary(
            [
                new GlossaryConcept { Fr = ["prise en charge"], En = ["care"] },
                new GlossaryConcept { Fr = ["prise en charge intégrée"], En = ["integrated care"] },
            ],
            []);
        var plan = new QueryUnderstanding(EvidenceTaxonomy.Default, glossary).Analyse("prise en charge intégrée des victimes");
        var prise = Assert.Single(plan.Clauses, c => c.Typed == "prise");
        Assert.Contains("integrated care", prise.Expansions);
        Assert.Contains("care", prise.Expansions);
        var integree = Assert.Single(plan.Clauses, c => c.Typed == "intégrée");
        Assert.DoesNotContain("care", integree.Expansions);
    }

    [Fact]
    public void Analyse_BroadTermOfTheRun_DoesNotCrowdOutTheWordsOwnTranslation()
    {
        // « non payés » has more terms than a clause may carry; « payés » must still reach "paid".
        var glossary = new Glossary(
            [
                new GlossaryConcept { Fr = ["non payés", "non rémunérés", "impayés"], En = ["unpaid", "not paid", "without pay", "for nothing", "for free", "unwaged", "no wages", "unsalaried", "uncompensated", "working for free"] },
                new GlossaryConcept { Fr = ["payés"], En = ["paid"] },
            ],
            []);
        var plan = new QueryUnderstanding(EvidenceTaxonomy.Default, glossary).Analyse("enfants domestiques non payés");
        var paid = Assert.Single(plan.Clauses, c => c.Typed == "payés");
        Assert.Contains("paid", paid.Expansions);
        Assert.Contains("unpaid", paid.Expansions);
        Assert.True(paid.Expansions.Count <= QueryUnderstanding.MaxExpansionsPerClause);
    }

    /// <summary>
    /// Keys drop a plural <c>s</c> in both languages, so the English "pay" has the key of « pays » (country). In a
    /// query whose language is known, a term of the other language is not reached by dropping its own <c>s</c>; a
    /// word written as the other language writes it, or a typed plural reaching a singular term, still is.
    /// </summary>
    [Fact]
    public void Analyse_OtherLanguagesTerm_IsNotReachedByDroppingItsOwnPlural()
    {
        var glossary = new Glossary(
            [
                new GlossaryConcept { Fr = ["pays"], En = ["country"] },
                new GlossaryConcept { Fr = ["salaire"], En = ["wage", "gain"] },
                new GlossaryConcept { Fr = ["talibés"], En = ["Quranic pupils"] },
            ],
            []);
        var understanding = new QueryUnderstanding(EvidenceTaxonomy.Default, glossary);

        Assert.Empty(Assert.Single(understanding.Analyse("growers too poor to pay the workers").Clauses, c => c.Typed == "pay").Expansions);
        Assert.Contains("country", Assert.Single(understanding.Analyse("le pays d'origine des enfants").Clauses, c => c.Typed == "pays").Expansions);
        Assert.Contains("Quranic pupils", Assert.Single(understanding.Analyse("talibés begging in the streets").Clauses, c => c.Typed == "talibés").Expansions);
        Assert.Contains("salaire", Assert.Single(understanding.Analyse("les gains des enfants").Clauses, c => c.Typed == "gains").Expansions);
        // A query in neither language keeps every reading.
        Assert.Contains("country", Assert.Single(understanding.Analyse("pay").Clauses).Expansions);
    }

    /// <summary>
    /// An acronym typed in capitals is the glossary's acronym even where its letters spell a linking or stop word ("AU"
    /// is the African Union, "EU" the European Union); typed in lower case, or in a query all in capitals, it is that
    /// word: "can" is not the CAN (Africa Cup of Nations). Typed in lower case, an acronym is read only where it is spelled
    /// as typed: salt "pans" are not a PAN (national action plan), "vih" is the VIH.
    /// </summary>
    [Fact]
    public void Analyse_AcronymSpellingACommonWord_IsExpandedOnlyInCapitals()
    {
        Assert.Contains("Union africaine", Assert.Single(Understanding.Analyse("the AU charter on children").Clauses, c => c.Typed == "AU").Expansions);
        Assert.Contains("Union européenne", Assert.Single(Understanding.Analyse("EU funding for child protection").Clauses, c => c.Typed == "EU").Expansions);
        Assert.Contains("Africa Cup of Nations", Assert.Single(Understanding.Analyse("la CAN et les jeunes footballeurs").Clauses, c => c.Typed == "CAN").Expansions);
        Assert.All(Understanding.Analyse("what can be done for talibés").Clauses, c => Assert.DoesNotContain("Africa Cup of Nations", c.Expansions));
        Assert.All(Understanding.Analyse("les enfants ont eu accès à l'école").Clauses, c => Assert.DoesNotContain("Union européenne", c.Expansions));
        Assert.All(Understanding.Analyse("ENFANTS AU TRAVAIL").Clauses, c => Assert.DoesNotContain("Union africaine", c.Expansions));
        Assert.All(Understanding.Analyse("migrant boys in the salt pans").Clauses, c => Assert.DoesNotContain("plan d'action national", c.Expansions));
        Assert.Contains("plan d'action national", Assert.Single(Understanding.Analyse("the PAN for children").Clauses, c => c.Typed == "PAN").Expansions);
        Assert.Contains("HIV", Assert.Single(Understanding.Analyse("le vih chez les adolescentes").Clauses, c => c.Typed == "vih").Expansions);
        Assert.Contains("ONG", Assert.Single(Understanding.Analyse("NGOs working with street children").Clauses, c => c.Typed == "NGOs").Expansions);
    }

    /// <summary>
    /// A term's acronym is no linking word: "UN Women" is not keyed as the bare "women", so "violence against women"
    /// does not also search ONU Femmes, while "UN Women" typed does; nor is the "UN" typed the French « un » that would
    /// make the query French.
    /// </summary>
    [Theory]
    [InlineData("UN Women", "un women")]
    [InlineData("UN agency", "un agency")]
    [InlineData("mariages des enfants", "mariage enfant")]
    [InlineData("AU", "au")]
    public void KeyOf_KeepsAnAcronymThatSpellsALinkingWord(string term, string key) =>
        Assert.Equal(key, Glossary.KeyOf(term));

    [Fact]
    public void Analyse_TermWithAnAcronym_IsNotReachedByItsOtherWordAlone()
    {
        Assert.All(Understanding.Analyse("violence against women").Clauses, c => Assert.DoesNotContain("ONU Femmes", c.Expansions));
        Assert.All(Understanding.Analyse("agencies working in camps").Clauses, c => Assert.DoesNotContain("agence des Nations unies", c.Expansions));
        Assert.Contains("ONU Femmes", Assert.Single(Understanding.Analyse("UN Women programmes").Clauses, c => c.Typed == "Women").Expansions);
    }

    /// <summary>
    /// A term of one word and linking words that make another word of it, hyphenated ("in-laws", "c-section") or
    /// following it ("run by"), is read only where typed with them; a leading preposition is left to the concept
    /// (« en sécurité » is still « sécurité »).
    /// </summary>
    [Fact]
    public void Analyse_WordOfAnIdiom_IsNotTheIdiom()
    {
        var glossary = new Glossary(
            [
                new GlossaryConcept { Fr = ["belle-famille"], En = ["in-laws"] },
                new GlossaryConcept { Fr = ["géré par"], En = ["run by"] },
                new GlossaryConcept { Fr = ["en sécurité"], En = ["safe"] },
            ],
            []);
        var understanding = new QueryUnderstanding(EvidenceTaxonomy.Default, glossary);

        Assert.Empty(Assert.Single(understanding.Analyse("child marriage laws in Niger").Clauses, c => c.Typed == "laws").Expansions);
        Assert.Contains("belle-famille", Assert.Single(understanding.Analyse("girls living with their in-laws").Clauses, c => c.Typed == "in-laws").Expansions);
        Assert.Empty(Assert.Single(understanding.Analyse("children who run away from home").Clauses, c => c.Typed == "run").Expansions);
        Assert.Contains("géré par", Assert.Single(understanding.Analyse("schools run by churches").Clauses, c => c.Typed == "run").Expansions);
        Assert.Contains("safe", Assert.Single(understanding.Analyse("la sécurité des enfants").Clauses, c => c.Typed == "sécurité").Expansions);
    }
}
