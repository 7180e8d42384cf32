using System.ComponentModel.DataAnnotations;

namespace PciBot.Registry.Seeding;

/// <summary>Where the plan seed files are read from at start.</summary>
internal sealed class SeedOptions
{
    public const string SectionName = "Seed";

    /// <summary>Folder holding units.json and plan-*.json, relative to the content root unless absolute.</summary>
    [Required]
    public string Directory { get; set; } = "seeds";

    public const string UnitsFile = "units.json";

    public const string PlanFilePattern = "plan-*.json";
}
