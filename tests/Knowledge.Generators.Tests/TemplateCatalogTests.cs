using Knowledge.Generators.Templates;

namespace Knowledge.Generators.Tests;

/// <summary>Template files are data staff edit: the shipped ones are complete, an edited one overrides, a broken one names itself.</summary>
public sealed class TemplateCatalogTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("knowledge-templates-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ShippedTemplates_LoadInBothLanguages_WithRealPlurals()
    {
        var templates = TemplateCatalog.Load(null);

        Assert.Equal("1 constat dans la base.", templates.Plural("fr", "strategy.situation.count", 1));
        Assert.Equal("17 constats dans la base.", templates.Plural("fr", "strategy.situation.count", 17));
        Assert.Equal("1 finding in the evidence base.", templates.Plural("en", "strategy.situation.count", 1));
        Assert.Equal("0 findings in the evidence base.", templates.Plural("en", "strategy.situation.count", 0));
    }

    [Fact]
    public void EditedFile_OverridesTheShippedText()
    {
        var json = Shipped("fr").Replace("\"Message clé\"", "\"Notre message\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_folder, "templates.fr.json"), json);

        var templates = TemplateCatalog.Load(_folder);

        Assert.Equal("Notre message", templates.Text("fr", "note.key.heading"));
        Assert.Equal("Key message", templates.Text("en", "note.key.heading"));
    }

    [Fact]
    public void MalformedFile_StopsLoading_NamingTheFile()
    {
        var path = Path.Combine(_folder, "templates.en.json");
        File.WriteAllText(path, "{ \"common.contents\": ");

        var error = Assert.Throws<TemplateException>(() => TemplateCatalog.Load(_folder));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("mal formé", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingKey_StopsLoading_NamingFileAndKey()
    {
        var path = Path.Combine(_folder, "templates.fr.json");
        File.WriteAllText(path, Shipped("fr").Replace("\"note.key.heading\":", "\"note.key.headline\":", StringComparison.Ordinal));

        var error = Assert.Throws<TemplateException>(() => TemplateCatalog.Load(_folder));

        Assert.Equal($"Le fichier de modèles « {path} » n'a pas la clé « note.key.heading ».", error.Message);
    }

    [Fact]
    public void ChangedPlaceholder_StopsLoading_NamingTheFieldsExpected()
    {
        var path = Path.Combine(_folder, "templates.fr.json");
        File.WriteAllText(path, Shipped("fr").Replace("Messages de plaidoyer : {place}", "Messages de plaidoyer : {pays}", StringComparison.Ordinal));

        var error = Assert.Throws<TemplateException>(() => TemplateCatalog.Load(_folder));

        Assert.Equal($"Le fichier de modèles « {path} » : la clé « messages.title » doit utiliser les champs {{place}} (trouvé : {{pays}}).", error.Message);
    }

    [Fact]
    public void MissingFolder_StopsLoading_NamingIt()
    {
        var missing = Path.Combine(_folder, "absent");

        var error = Assert.Throws<TemplateException>(() => TemplateCatalog.Load(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    private static string Shipped(string language)
    {
        using var stream = typeof(TemplateCatalog).Assembly.GetManifestResourceStream($"Knowledge.Generators.Templates.templates.{language}.json")!;
        return new StreamReader(stream).ReadToEnd();
    }
}
