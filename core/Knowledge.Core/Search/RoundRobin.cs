namespace Knowledge.Core.Search;

/// <summary>Lists taken in turn: the first item of each, then the second of each…, so that no list crowds out the others.</summary>
internal static class RoundRobin
{
    /// <summary>
    /// At most <paramref name="max"/> items of <paramref name="lists"/> taken in turn, each kept only when
    /// <paramref name="seen"/> (whose comparer decides what repeats) did not yet hold its <paramref name="key"/>.
    /// </summary>
    public static List<string> Take(IReadOnlyList<IReadOnlyList<string>> lists, int max, HashSet<string> seen, Func<string, string> key)
    {
        var result = new List<string>(max);
        for (var i = 0; result.Count < max && lists.Any(l => i < l.Count); i++)
        {
            foreach (var list in lists)
            {
                if (i < list.Count && result.Count < max && seen.Add(key(list[i])))
                {
                    result.Add(list[i]);
                }
            }
        }

        return result;
    }
}
