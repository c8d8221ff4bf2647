using System.Xml.Linq;
using Knowledge.Ingest.Safeguarding;

namespace Knowledge.SearchApi.Tests.Safeguarding;

/// <summary>The review page explains every reason the detector gives, in French and in English.</summary>
public sealed class ReviewReasonTextTests
{
    private static readonly string Folder = TestFiles.InRepository("search-api", "Knowledge.SearchApi", "Web");

    [Theory]
    [InlineData("WebText.resx")]
    [InlineData("WebText.en.resx")]
    public void EveryReasonCode_HasItsExplanation(string file)
    {
        var keys = XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        Assert.All(ChildIdentityDetector.ReasonCodes, code => Assert.Contains("Review.Reason." + code, keys));
    }
}
