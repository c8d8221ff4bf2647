using Knowledge.Core.Taxonomy;
using Knowledge.Ingest.Tagging;

namespace Knowledge.Ingest.Tests.Tagging;

/// <summary>
/// The ordinary words reports use for a theme tag it, so that a theme filter keeps the passage; words that are
/// common outside the theme (a project's "porteur", an activist's "santé mentale", a law degree's "public/privé")
/// do not.
/// </summary>
public sealed class ThemeVocabularyTests
{
    private static readonly EvidenceTagger Tagger = new(EvidenceTaxonomy.Default);

    [Theory]
    [InlineData("Des familles ont profité de la fermeture pour célébrer des mariages d'élèves.", "child-marriage")]
    [InlineData("La décision de la CEDEAO de 1998 exige un certificat international de transhumance.", "legal-framework")]
    [InlineData("The ECOWAS protocol on free movement applies to herders crossing the border.", "legal-framework")]
    [InlineData("After the floods, families sheltered in camps on the edge of Maiduguri.", "humanitarian-conflict")]
    [InlineData("The handover protocol requires that children captured by the armed forces be transferred within 72 hours.", "humanitarian-conflict")]
    [InlineData("Les EAFGA démobilisés sont orientés vers des familles de transit.", "humanitarian-conflict")]
    [InlineData("Les filles portent de lourdes charges sur la tête au marché de Kumasi.", "child-labour")]
    [InlineData("Kayayei girls carry heavy loads for traders for long hours.", "child-labour")]
    [InlineData("Pendant la saison des récoltes, les enfants travaillent dans les plantations de cacao.", "child-labour")]
    [InlineData("Only thirty states have domesticated the CRA so far.", "legal-framework")]
    [InlineData("La réglementation des agences de placement reste lacunaire.", "legal-framework")]
    [InlineData("La déclaration tardive coûte cher aux familles rurales.", "birth-registration")]
    [InlineData("Late registration fees deter rural families.", "birth-registration")]
    [InlineData("Les exportateurs de cacao s'engagent à la traçabilité de leur chaîne d'approvisionnement.", "private-sector")]
    [InlineData("Cocoa exporters signed up to supply chain due diligence.", "private-sector")]
    [InlineData("Children deported from Algeria are left near Assamaka.", "migration-unaccompanied")]
    [InlineData("Des pratiques analogues à l'esclavage persistent dans certaines familles.", "trafficking")]
    [InlineData("Girls near the gold sites engage in survival sex.", "prostitution")]
    [InlineData("Her parents married her off at fourteen.", "child-marriage")]
    [InlineData("Offenders contact children through messaging apps and video calls.", "online")]
    [InlineData("Some teachers demand sex for grades.", "sexual-violence")]
    [InlineData("Chaque enfant a le droit d'être entendu dans les procédures qui le concernent.", "child-participation")]
    [InlineData("Les victimes bénéficient d'un soutien psychologique et d'une recherche familiale.", "services-support")]
    [InlineData("Le manque de moyens limite l'action des comités.", "funding")]
    [InlineData("Le phénomène reste peu documenté au Niger.", "data-research")]
    [InlineData("Des pairs éducateurs animent des séances d'information dans les quartiers.", "prevention-awareness")]
    [InlineData("Les mineurs en détention provisoire sont mêlés aux adultes.", "justice-law-enforcement")]
    [InlineData("Short-term rentals let visitors stay with little oversight.", "travel-tourism")]
    [InlineData("Les medersas accueillent des milliers d'apprenants.", "education")]
    [InlineData("Les normes de masculinité dissuadent les victimes de parler.", "gender-boys")]
    public void Tag_EverydayVocabularyOfATheme_TagsIt(string text, string theme) =>
        Assert.Contains(theme, Tagger.Tag(text, "fr").Themes);

    [Theory]
    [InlineData("ECPAT France, porteur de ce projet, recrute un consultant.", "child-labour")]
    [InlineData("Les militants doivent pouvoir agir sans mettre en péril leur santé mentale.", "services-support")]
    [InlineData("Diplôme de préférence en droit public/privé ou en sciences sociales.", "private-sector")]
    [InlineData("Le consultant présentera sa méthodologie et son calendrier.", "data-research")]
    [InlineData("Avant la pandémie, les libertés civiques étaient déjà restreintes.", "humanitarian-conflict")]
    [InlineData("The study Offenders on the Move reviewed cases from Asia.", "migration-unaccompanied")]
    [InlineData("La constitution d'un réseau d'avocats est en cours.", "legal-framework")]
    [InlineData("Les voyages professionnels (transport, mines, énergie, pêche) exposent les enfants.", "child-labour")]
    [InlineData("Envoyer un curriculum vitae et une lettre de motivation.", "education")]
    [InlineData("Les chercheurs d'or affluent vers les nouveaux sites.", "data-research")]
    [InlineData("The survey captured household income and spending.", "humanitarian-conflict")]
    [InlineData("Police round up young people in ghettos and on beaches.", "travel-tourism")]
    [InlineData("Le bilan est catastrophique : un enfant sur deux n'a pas d'acte de naissance.", "humanitarian-conflict")]
    [InlineData("Cutting the budget would be disastrous for child protection services.", "humanitarian-conflict")]
    public void Tag_WordsCommonOutsideATheme_DoNotTagIt(string text, string theme) =>
        Assert.DoesNotContain(theme, Tagger.Tag(text, "fr").Themes);
}
