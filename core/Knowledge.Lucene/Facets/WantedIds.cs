namespace Knowledge.Lucene.Facets;

/// <summary>A filter's values as a membership table over interned ids.</summary>
internal sealed class WantedIds(FacetValueIds ids, HashSet<string>? filter)
{
    private bool[] _wanted = [];

    public bool Filtered { get; } = filter is not null;

    /// <summary>Re-resolves the filter values when new values were interned (a segment loaded since).</summary>
    public void Refresh()
    {
        var size = ids.Count;
        if (size == _wanted.Length)
        {
            return;
        }

        _wanted = new bool[size];
        foreach (var value in filter ?? [])
        {
            var id = ids.Find(value);
            if (id >= 0)
            {
                _wanted[id] = true;
            }
        }
    }

    public bool Wanted(int id) => id >= 0 && _wanted[id];

    public bool AnyWanted(int[] values, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (_wanted[values[i]])
            {
                return true;
            }
        }

        return false;
    }
}
