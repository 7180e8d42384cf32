using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PciBot.Registry.Seeding;

/// <summary>Reads and checks the seed files; a broken seed stops start-up with a message that names the problem.</summary>
internal static class SeedFiles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static async Task<UnitsSeed> ReadUnitsAsync(string directory, CancellationToken ct)
    {
        var path = Path.Combine(directory, SeedOptions.UnitsFile);
        var units = await ReadAsync<UnitsSeed>(path, ct);
        var duplicate = units.Units.GroupBy(u => u.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"{path}: unit code '{duplicate.Key}' appears more than once.");
        }

        var codes = units.Units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var group in units.Units.Where(u => u.Kind == UnitKind.Group))
        {
            foreach (var member in group.Members ?? [])
            {
                if (!codes.Contains(member))
                {
                    throw new InvalidDataException($"{path}: group '{group.Code}' lists unknown unit '{member}'.");
                }
            }
        }

        return units;
    }

    /// <summary>SHA-256 over the build of the bot and the names and bytes of units.json and every plan file, in name order, in hex.</summary>
    public static async Task<string> FingerprintAsync(string directory, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        // The build that reads them is part of what was seeded: a new version of the bot seeds once more.
        hash.AppendData(typeof(SeedFiles).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        var files = Directory.EnumerateFiles(directory, SeedOptions.PlanFilePattern)
            .Prepend(Path.Combine(directory, SeedOptions.UnitsFile))
            .Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var content = await File.ReadAllBytesAsync(path, ct);
            hash.AppendData(Encoding.UTF8.GetBytes($"{Path.GetFileName(path)}\n{content.Length}\n"));
            hash.AppendData(content);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static async Task<IReadOnlyList<PlanSeed>> ReadPlansAsync(string directory, IReadOnlySet<string> unitCodes, CancellationToken ct)
    {
        var plans = new List<PlanSeed>();
        foreach (var path in Directory.EnumerateFiles(directory, SeedOptions.PlanFilePattern).Order(StringComparer.Ordinal))
        {
            var plan = await ReadAsync<PlanSeed>(path, ct);
            Check(path, plan, unitCodes);
            plans.Add(plan);
        }

        return plans;
    }

    /// <summary>A plan file an admin sent; throws <see cref="InvalidDataException"/> naming the problem.</summary>
    public static PlanSeed ReadPlan(byte[] content, string name, IReadOnlySet<string> unitCodes)
    {
        PlanSeed? plan;
        try
        {
            plan = JsonSerializer.Deserialize<PlanSeed>(content, Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{name}: {e.Message}", e);
        }

        if (plan?.Plan is null || plan.Tasks is null || plan.Indices is null)
        {
            throw new InvalidDataException($"{name}: not a plan file (plan, indices and tasks are required).");
        }

        plan = plan with { GeneralTasks = plan.GeneralTasks ?? [] };
        Check(name, plan, unitCodes);
        return plan;
    }

    public static string Write(PlanSeed plan) => JsonSerializer.Serialize(plan, Json);

    public static PlanSeed Parse(string json) => JsonSerializer.Deserialize<PlanSeed>(json, Json)!;

    private static void Check(string path, PlanSeed plan, IReadOnlySet<string> unitCodes)
    {
        var indexCodes = plan.Indices.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        if (indexCodes.Count != plan.Indices.Count)
        {
            throw new InvalidDataException($"{path}: an index code appears more than once.");
        }

        var keys = new HashSet<TaskKey>();
        foreach (var task in plan.Tasks)
        {
            var key = new TaskKey(task.Family, task.Number);
            if (!keys.Add(key))
            {
                throw new InvalidDataException($"{path}: task {key} appears more than once.");
            }

            if (!indexCodes.Contains(task.Index))
            {
                throw new InvalidDataException($"{path}: task {key} names unknown index '{task.Index}'.");
            }

            foreach (var unit in task.Lead.Concat(task.Coordinating).Append(plan.Plan.CoordinatingUnit).Append(plan.Plan.ReportTo))
            {
                if (!unitCodes.Contains(unit))
                {
                    throw new InvalidDataException($"{path}: task {key} names unknown unit '{unit}'.");
                }
            }
        }
    }

    private static async Task<T> ReadAsync<T>(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(stream, Json, ct)
                ?? throw new InvalidDataException($"{path}: the file is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }
}
