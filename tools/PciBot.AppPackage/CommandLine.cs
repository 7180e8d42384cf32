namespace PciBot.AppPackage;

/// <summary>A command word followed by <c>--name value</c> (or <c>--name=value</c>) options.</summary>
internal sealed record CommandLine(string Command, IReadOnlyDictionary<string, string> Options)
{
    /// <summary>Parses the arguments, allowing only <paramref name="knownOptions"/> for the command.</summary>
    /// <returns>The command line, or null with the reason in <paramref name="problem"/>.</returns>
    public static CommandLine? Parse(
        IReadOnlyList<string> args, IReadOnlyDictionary<string, string[]> knownOptions, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(knownOptions);
        problem = null;
        if (args.Count == 0 || !knownOptions.TryGetValue(args[0], out var allowed))
        {
            problem = args.Count == 0 ? "no command given" : $"unknown command '{args[0]}'";
            return null;
        }

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            string name;
            string? value;
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                name = arg[..equals];
                value = arg[(equals + 1)..];
            }
            else
            {
                name = arg;
                value = i + 1 < args.Count ? args[++i] : null;
            }

            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                problem = $"'{args[0]}' does not take '{name}'";
                return null;
            }

            if (value is null)
            {
                problem = $"'{name}' needs a value";
                return null;
            }

            if (!options.TryAdd(name, value))
            {
                problem = $"'{name}' is given twice";
                return null;
            }
        }

        return new CommandLine(args[0], options);
    }

    public string? this[string name] => Options.TryGetValue(name, out var value) ? value : null;
}
