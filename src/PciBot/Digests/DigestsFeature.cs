using PciBot.Messaging;

namespace PciBot.Digests;

internal static class DigestsFeature
{
    public static IHostApplicationBuilder AddDigests(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<DigestBuilder>();
        builder.Services.AddScoped<OfficeCards>();
        builder.Services.AddScoped<Nudges>();
        builder.Services.AddScoped<OfficeActions>();
        builder.Services.AddChatCommands<OfficeGrammar, OfficeActions>();
        builder.Services.AddCardActions<OfficeActions>(OfficeVerbs.Prefix);
        return builder;
    }
}
