using PciBot.Data;

namespace PciBot.Demo;

internal static class DemoFeature
{
    /// <summary>The demo roster, after the plan's seeder so that its units exist; refused outside Development.</summary>
    public static IHostApplicationBuilder AddDemo(this IHostApplicationBuilder builder)
    {
        var environment = builder.Environment;
        builder.Services.AddOptions<DemoOptions>()
            .BindConfiguration(DemoOptions.SectionName)
            .Validate(o => string.IsNullOrEmpty(o.RosterFile) || environment.IsDevelopment(), "Demo:RosterFile gives people roles without an admin and is only read in the Development environment; remove it.")
            .ValidateOnStart();
        builder.Services.AddScoped<IDatabaseSeeder, DemoRosterSeeder>();
        return builder;
    }
}
