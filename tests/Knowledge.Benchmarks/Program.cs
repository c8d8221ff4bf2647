using System.Reflection;
using Knowledge.Benchmarks;

var benches = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IBench).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IBench)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();

var bench = args.Length > 0 ? benches.FirstOrDefault(b => b.Name == args[0]) : null;
if (bench is null)
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/Knowledge.Benchmarks -- <bench> [args]");
    foreach (var b in benches)
    {
        Console.Error.WriteLine($"  {b.Name,-12} {b.Description}");
    }

    return 2;
}

return await bench.RunAsync(args[1..]);
