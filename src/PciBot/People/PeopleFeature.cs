using PciBot.Audit;
using PciBot.Kit.Roles;
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
        builder.Services.AddScoped<IRememberedLanguage, RememberedLanguage>();
        builder.Services.AddScoped<IRoleLookup>(services => services.GetRequiredService<Askers>());
        builder.Services.AddSingleton<StoredPeople>();
        builder.Services.AddScoped<PeopleCommands>();
        builder.Services.AddChatCommands<PeopleGrammar, PeopleCommands>();
        builder.Services.AddHelpTopics(texts => texts.People.Help);
        builder.Services.AddScoped<AuditLog>();
        return builder;
    }
}
