using ArchUnitNET.Domain;

namespace PciBot.Tests.Architecture;

/// <summary>Which top-level folder of the bot uses which, read from the compiled assembly's type references.</summary>
internal sealed class FolderGraph
{
    private const string Root = "PciBot.";

    private readonly Dictionary<string, Dictionary<string, SortedSet<string>>> edges = new(StringComparer.Ordinal);

    public FolderGraph(ArchUnitNET.Domain.Architecture architecture)
    {
        var own = architecture.Types.ToHashSet();
        foreach (var type in own)
        {
            if (FolderOf(type) is not { } from)
            {
                continue;
            }

            Folders.Add(from);
            foreach (var dependency in type.Dependencies)
            {
                if (own.Contains(dependency.Target) && FolderOf(dependency.Target) is { } to && to != from)
                {
                    Uses(from, to).Add($"{Outermost(type)} -> {Outermost(dependency.Target)}");
                }
            }
        }
    }

    /// <summary>A graph given edge by edge, to show what the checks find.</summary>
    public FolderGraph(IEnumerable<(string From, string To)> uses)
    {
        foreach (var (from, to) in uses)
        {
            Folders.Add(from);
            Folders.Add(to);
            Uses(from, to).Add($"{from} -> {to}");
        }
    }

    public SortedSet<string> Folders { get; } = new(StringComparer.Ordinal);

    public IEnumerable<(string From, string To, IReadOnlyCollection<string> Examples)> Edges =>
        edges.SelectMany(e => e.Value.Select(t => (e.Key, t.Key, (IReadOnlyCollection<string>)t.Value)));

    /// <summary>Groups of folders that reach each other (Tarjan's strongly connected components of two or more).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<IReadOnlyList<string>>();
        var next = 0;

        void Visit(string folder)
        {
            index[folder] = low[folder] = next++;
            stack.Push(folder);
            onStack.Add(folder);
            foreach (var target in edges.TryGetValue(folder, out var used) ? used.Keys.ToList() : [])
            {
                if (!index.TryGetValue(target, out var seen))
                {
                    Visit(target);
                    low[folder] = Math.Min(low[folder], low[target]);
                }
                else if (onStack.Contains(target))
                {
                    low[folder] = Math.Min(low[folder], seen);
                }
            }

            if (low[folder] != index[folder])
            {
                return;
            }

            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            }
            while (member != folder);

            if (component.Count > 1)
            {
                component.Sort(StringComparer.Ordinal);
                found.Add(component);
            }
        }

        foreach (var folder in Folders.Where(f => !index.ContainsKey(f)))
        {
            Visit(folder);
        }

        return found;
    }

    private SortedSet<string> Uses(string from, string to)
    {
        if (!edges.TryGetValue(from, out var targets))
        {
            edges[from] = targets = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        }

        if (!targets.TryGetValue(to, out var examples))
        {
            targets[to] = examples = new SortedSet<string>(StringComparer.Ordinal);
        }

        return examples;
    }

    /// <summary>A nested or compiler-generated type is reported as the type written in the source.</summary>
    private static string Outermost(IType type)
    {
        var name = type.FullName;
        var cut = name.IndexOfAny(['+', '<', '`']);
        return cut < 0 ? name : name[..cut];
    }

    private static string? FolderOf(IType type)
    {
        var name = type.Namespace?.FullName;
        if (name is null || !name.StartsWith(Root, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = name[Root.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }
}
