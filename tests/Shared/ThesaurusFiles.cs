using System.Text;

namespace Knowledge.Tests;

/// <summary>
/// Writes small thesauri in the MyThes format the LibreOffice packages use (a <c>.dat</c> of entries and the
/// <c>.idx</c> of their byte offsets), so that tests of synonym fallback do not depend on the machine's
/// installed thesauri. Linked into every test project.
/// </summary>
internal static class ThesaurusFiles
{
    /// <summary>One entry: the word and its meanings, each a part of speech and its synonyms.</summary>
    public sealed record Entry(string Word, params (string PartOfSpeech, string[] Synonyms)[] Meanings);

    /// <summary>Writes <c>{name}.dat</c> and <c>{name}.idx</c> in <paramref name="folder"/>, entries in the order given.</summary>
    public static void Write(string folder, string name, params Entry[] entries)
    {
        var data = new StringBuilder("UTF-8\n");
        var index = new StringBuilder("UTF-8\n").Append(entries.Length).Append('\n');
        foreach (var entry in entries.OrderBy(e => e.Word, StringComparer.Ordinal))
        {
            index.Append(entry.Word).Append('|').Append(Encoding.UTF8.GetByteCount(data.ToString())).Append('\n');
            data.Append(entry.Word).Append('|').Append(entry.Meanings.Length).Append('\n');
            foreach (var (partOfSpeech, synonyms) in entry.Meanings)
            {
                data.Append('(').Append(partOfSpeech).Append(')');
                foreach (var synonym in synonyms)
                {
                    data.Append('|').Append(synonym);
                }

                data.Append('\n');
            }
        }

        File.WriteAllText(Path.Combine(folder, name + ".dat"), data.ToString(), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, name + ".idx"), index.ToString(), new UTF8Encoding(false));
    }

    /// <summary>
    /// Skips the test when the machine has no thesaurus installed (<c>mythes-fr</c>, <c>mythes-en-us</c>), naming
    /// the script that installs them; under CI (<c>CI=true</c>), where <c>tests/install-deps.sh</c> has run, fails it.
    /// </summary>
    public static void RequireInstalled()
    {
        if (Knowledge.Core.Taxonomy.Thesaurus.Installed.Count == 0)
        {
            Prerequisites.Missing("Aucun thésaurus dans /usr/share/mythes : lancez tests/install-deps.sh (mythes-fr, mythes-en-us).");
        }
    }
}
