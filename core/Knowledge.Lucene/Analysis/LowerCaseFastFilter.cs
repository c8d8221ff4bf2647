using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Knowledge.Lucene.Analysis;

/// <summary>
/// Lucene's <c>LowerCaseFilter</c>, term for term, with a fast path: a term of ASCII letters is
/// lowered in place, and any other goes through Lucene's own culture-invariant lowering, as before.
/// Lucene.NET lowers every term through ICU, which was an eighth of bulk indexing, while most terms
/// of French and nearly all of English passages are plain ASCII.
/// </summary>
internal sealed class LowerCaseFastFilter : TokenFilter
{
    private static readonly CharacterUtils Characters = CharacterUtils.GetInstance(LuceneVersion.LUCENE_48);

    private readonly ICharTermAttribute _term;

    public LowerCaseFastFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (c >= 0x80)
            {
                Characters.ToLower(buffer, 0, length);
                return true;
            }

            if (c is >= 'A' and <= 'Z')
            {
                buffer[i] = (char)(c | 0x20);
            }
        }

        return true;
    }
}
