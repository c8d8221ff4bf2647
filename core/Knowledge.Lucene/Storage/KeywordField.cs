using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace Knowledge.Lucene.Storage;

/// <summary>
/// A value indexed as one term, not stored, without norms: what <see cref="StringField"/> indexes,
/// term for term. A <see cref="StringField"/> builds a token stream of its own on first use, and
/// building one (its attributes, looked up under a lock Lucene.NET shares across threads) was a
/// fifth of bulk indexing with three such fields per finding and two writer threads. Here each
/// thread reuses one stream: the indexer takes a field's tokens to the end before the next field's.
/// </summary>
internal sealed class KeywordField(string name, string value) : Field(name, value, StringField.TYPE_NOT_STORED)
{
    [ThreadStatic]
    private static SingleTermStream? t_stream;

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        var stream = t_stream ??= new SingleTermStream();
        stream.SetValue(GetStringValue());
        return stream;
    }

    /// <summary>One token: the whole value.</summary>
    private sealed class SingleTermStream : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private string _value = "";
        private bool _used = true;

        public SingleTermStream()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public void SetValue(string value) => _value = value;

        public override bool IncrementToken()
        {
            if (_used)
            {
                return false;
            }

            ClearAttributes();
            _term.Append(_value);
            _offset.SetOffset(0, _value.Length);
            _used = true;
            return true;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(_value.Length, _value.Length);
        }

        public override void Reset() => _used = false;
    }
}
