using Microsoft.Extensions.Options;

namespace PciBot.Graph;

internal static class GraphFeature
{
    public static IHostApplicationBuilder AddGraph(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphOptions>()
            .BindConfiguration(GraphOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>();
        builder.Services.AddSingleton<GraphTokens>();
        builder.Services.AddHttpClient(GraphTokens.HttpClientName);
        builder.Services.AddHttpClient<GraphClient>((services, http) =>
        {
            var baseUrl = services.GetRequiredService<IOptions<GraphOptions>>().Value.BaseUrl;
            http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
            http.Timeout = TimeSpan.FromSeconds(100);
        });
        return builder;
    }
}
