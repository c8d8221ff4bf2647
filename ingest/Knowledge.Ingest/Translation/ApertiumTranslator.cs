using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Knowledge.Ingest.Translation;

/// <summary>Whether passages can be machine-translated here, and if not, which Debian packages are missing.</summary>
/// <param name="MissingPackages">The packages to install, empty when translation runs.</param>
public sealed record TranslationAvailability(IReadOnlyList<string> MissingPackages)
{
    /// <summary>Whether both directions (French → English, English → French) are installed.</summary>
    public bool Available => MissingPackages.Count == 0;

    /// <summary>A French sentence naming what to install, or null when nothing is missing.</summary>
    public string? Problem => Available ? null
        : $"traduction automatique indisponible : installez {(MissingPackages.Count == 1 ? "le paquet" : "les paquets")} {string.Join(", ", MissingPackages)} (apt-get install {string.Join(' ', MissingPackages)})";
}

/// <summary>
/// Machine-translates passages between French and English with Apertium, through Spanish: Debian has no
/// French–English pair, but has French–Spanish (<c>apertium-fr-es</c>) and English–Spanish
/// (<c>apertium-eng-spa</c>), both rule-based and offline. The result is rough, often word for word
/// ("enfants" may come out as "boys"), which is why it is only searched, at the weight of a passage's
/// headings, and never shown: a question in the other language then reaches the passage through the words it
/// shares with the translation, beyond the glossary's terms. All passages of a document go through one run of
/// each pipeline, separated by a marker paragraph the translators leave alone; about 0.9 s per document, most
/// of it starting the two pipelines.
/// </summary>
public sealed class ApertiumTranslator
{
    /// <summary>Marker paragraph between passages: a made-up word no dictionary knows, so both pipelines copy it.</summary>
    internal const string Separator = "Qzxqsep";

    private static readonly ConcurrentDictionary<string, TranslationAvailability> Probes = new();

    // Each direction's two Apertium modes (source → Spanish, Spanish → target) and the packages providing them.
    private static readonly (string Language, string[] Modes)[] Directions =
    [
        ("fr", ["fr-es", "spa-eng"]),
        ("en", ["eng-spa", "es-fr"]),
    ];

    private static readonly Dictionary<string, string> PackageOfMode = new(StringComparer.Ordinal)
    {
        ["fr-es"] = "apertium-fr-es",
        ["es-fr"] = "apertium-fr-es",
        ["eng-spa"] = "apertium-eng-spa",
        ["spa-eng"] = "apertium-eng-spa",
    };

    private readonly string _command;
    private readonly TimeSpan _timeout;

    /// <param name="command">The <c>apertium</c> executable (Debian package <c>apertium</c>).</param>
    /// <param name="timeout">Longest time one pipeline may take for one document.</param>
    public ApertiumTranslator(string command = "apertium", TimeSpan? timeout = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        _command = command;
        _timeout = timeout ?? TimeSpan.FromMinutes(2);
    }

    /// <summary>Whether passages written in <paramref name="language"/> are translated: French and English, into each other.</summary>
    public static bool Translates(string language) => Array.Exists(Directions, d => d.Language == language);

    /// <summary>What is installed, asked once per process and command.</summary>
    public TranslationAvailability Availability => Probes.GetOrAdd(_command, static command => Probe(command));

    /// <summary>
    /// The translations of <paramref name="texts"/>, written in <paramref name="language"/> (<c>fr</c> or
    /// <c>en</c>), into the other language, in order; null for each when translation is not installed or the
    /// run fails (a translation is a search aid, and a document is never refused for want of one).
    /// </summary>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public async Task<IReadOnlyList<string?>> TranslateAsync(string language, IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var none = new string?[texts.Count];
        var direction = Array.FindIndex(Directions, d => d.Language == language);
        if (texts.Count == 0 || direction < 0 || !Availability.Available)
        {
            return none;
        }

        var input = new StringBuilder();
        foreach (var text in texts)
        {
            // One paragraph per passage: line breaks inside it (table rows) would start new ones.
            input.Append(text.ReplaceLineEndings(" ").Replace(Separator, "", StringComparison.OrdinalIgnoreCase)).Append("\n\n").Append(Separator).Append(".\n\n");
        }

        var data = input.ToString();
        try
        {
            foreach (var mode in Directions[direction].Modes)
            {
                data = await RunAsync(_command, ["-u", mode], data, _timeout, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or Win32Exception or TimeoutException or InvalidOperationException)
        {
            return none;
        }

        var translations = Split(data);
        return translations.Count == texts.Count ? translations : none;
    }

    /// <summary>The passages of a pipeline's output, cut at the marker paragraphs, with Apertium's marks for words it could not inflect removed.</summary>
    internal static List<string?> Split(string output)
    {
        var result = new List<string?>();
        var current = new StringBuilder();
        foreach (var line in output.Split('\n'))
        {
            if (line.Contains(Separator, StringComparison.OrdinalIgnoreCase))
            {
                result.Add(current.Length == 0 ? null : current.ToString());
                current.Clear();
                continue;
            }

            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // '#' marks a word the generator could not inflect, '@' one the bilingual dictionary lacks: the lemma stays useful.
                var clean = word.TrimStart('#', '@', '*');
                if (clean.Length > 0)
                {
                    current.Append(current.Length == 0 ? "" : " ").Append(clean);
                }
            }
        }

        return result;
    }

    private static TranslationAvailability Probe(string command)
    {
        var modes = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var listed = RunAsync(command, ["-l"], "", TimeSpan.FromSeconds(20), CancellationToken.None).GetAwaiter().GetResult();
            modes.UnionWith(listed.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }
        catch (Exception ex) when (ex is IOException or Win32Exception or TimeoutException or InvalidOperationException)
        {
            return new TranslationAvailability(["apertium", .. PackageOfMode.Values.Distinct()]);
        }

        return new TranslationAvailability([.. Directions.SelectMany(d => d.Modes).Where(m => !modes.Contains(m)).Select(m => PackageOfMode[m]).Distinct()]);
    }

    private static async Task<string> RunAsync(string command, IReadOnlyList<string> arguments, string input, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(command)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{command} n'a pas démarré");
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var output = process.StandardOutput.ReadToEndAsync(limit.Token);
        var error = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.StandardInput.WriteAsync(input.AsMemory(), limit.Token).ConfigureAwait(false);
            process.StandardInput.Close();
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
            var text = await output.ConfigureAwait(false);
            _ = await error.ConfigureAwait(false);
            return process.ExitCode == 0 ? text : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{command} {string.Join(' ', arguments)} : code de sortie {process.ExitCode}"));
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(command)} a dépassé {timeout.TotalSeconds:0} s"));
        }
    }
}
