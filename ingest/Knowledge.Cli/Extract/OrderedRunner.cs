namespace Knowledge.Cli.Extract;

/// <summary>
/// Runs work items in parallel but hands their results on in input order, so output files are
/// the same whatever the degree of parallelism.
/// </summary>
internal static class OrderedRunner
{
    public static async Task RunAsync<TItem, TResult>(
        IReadOnlyList<TItem> items,
        int parallelism,
        Func<TItem, CancellationToken, Task<TResult>> work,
        Func<TItem, TResult, Task> onResult,
        CancellationToken cancellationToken)
    {
        var tasks = new Task<TResult>?[items.Count];
        using var gate = new SemaphoreSlim(parallelism);
        var consumed = 0;
        for (var next = 0; next < items.Count; next++)
        {
            while (consumed < next && tasks[consumed]!.IsCompleted)
            {
                var done = await tasks[consumed]!;
                tasks[consumed] = null;
                await onResult(items[consumed], done);
                consumed++;
            }

            // Start work as slots free up, while consuming finished results in order.
            await gate.WaitAsync(cancellationToken);
            var item = items[next];
            tasks[next] = Task.Run(
                async () =>
                {
                    try
                    {
                        return await work(item, cancellationToken);
                    }
                    finally
                    {
                        gate.Release();
                    }
                },
                cancellationToken);
        }

        for (; consumed < items.Count; consumed++)
        {
            var result = await tasks[consumed]!;
            tasks[consumed] = null;
            await onResult(items[consumed], result);
        }
    }
}
