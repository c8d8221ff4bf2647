namespace Knowledge.Benchmarks;

/// <summary>
/// A bench command: `dotnet run -c Release --project tests/Knowledge.Benchmarks -- NAME [args]`.
/// Each bench prints its figures as a table and writes them as JSON under BenchmarkDotNet.Artifacts/.
/// Benches are discovered by reflection so each lives in its own file.
/// </summary>
internal interface IBench
{
    string Name { get; }

    string Description { get; }

    Task<int> RunAsync(string[] args);
}
