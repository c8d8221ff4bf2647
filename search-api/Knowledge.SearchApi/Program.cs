using Knowledge.Generators;
using Knowledge.SearchApi.Admin;
using Knowledge.SearchApi.Documents;
using Knowledge.SearchApi.Exports;
using Knowledge.SearchApi.Generation;
using Knowledge.SearchApi.Health;
using Knowledge.SearchApi.Hosting;
using Knowledge.SearchApi.Safeguarding;
using Knowledge.SearchApi.SampleLibrary;
using Knowledge.SearchApi.Search;
using Knowledge.SearchApi.Security;
using Knowledge.SearchApi.Taxonomy;
using Knowledge.SearchApi.Uploads;
using Knowledge.SearchApi.Web;
using Knowledge.Worker.Hosting;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.AddEvidenceBase();
builder.AddIngestWorker();
builder.AddApiKeys();
builder.AddSecurityHeaders();
builder.AddRequestLimits();
builder.AddWebPages();
builder.AddReviewQueue();
builder.AddExports();
builder.Services.AddGenerators(builder.Configuration["Knowledge:TemplatesPath"]);
builder.AddHealth();
builder.Services.AddHostedService<SampleLibraryLoader>();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
// Accented letters stay readable; < > & ' " are still escaped, so JSON is safe next to HTML.
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All));

var app = builder.Build();

app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseApiKeys();
app.UseRequestLimits();

app.MapOpenApi();
// DisableDefaultFonts: Scalar would fetch its fonts from fonts.scalar.com; its script is served from this host.
app.MapScalarApiReference("/docs", o => o.WithTitle("Knowledge – API").DisableDefaultFonts());
app.MapWebPages();

app.MapHealthApi();
app.MapSearchApi();
app.MapDocumentsApi();
app.MapTaxonomyApi();
app.MapGenerateApi();
app.MapUploadsApi();
app.MapAdminApi();
app.MapReviewApi();
app.MapExportApi();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
