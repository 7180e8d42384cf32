using PciBot.Audit;
using PciBot.Messaging;

namespace PciBot.People;

internal static class PeopleFeature
{
    public static IHostApplicationBuilder AddPeople(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PeopleOptions>()
            .BindConfiguration(PeopleOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddActivityObserver<PersonDirectory>();
        builder.Services.AddScoped<Askers>();
        builder.Services.AddSingleton<StoredPeople>();
        builder.Services.AddScoped<PeopleCommands>();
        builder.Services.AddChatCommands<PeopleGrammar, PeopleCommands>();
        builder.Services.AddScoped<AuditLog>();
        return builder;
    }
}
