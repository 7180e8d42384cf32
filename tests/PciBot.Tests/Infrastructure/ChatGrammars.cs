using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using PciBot.Admin;
using PciBot.Digests;
using PciBot.Kit;
using PciBot.Messaging;
using PciBot.People;
using PciBot.Questions;
using PciBot.Registry;
using PciBot.Updates;

namespace PciBot.Tests.Infrastructure;

/// <summary>
/// The chat parser over the grammars the features register, as the host registers them, reading units and indices
/// from a registry the test makes rather than from the database.
/// </summary>
internal static class ChatGrammars
{
    private static readonly Lazy<ServiceProvider> Registered = new(() =>
    {
        var builder = Host.CreateApplicationBuilder();
        builder.AddPeople();
        builder.AddMessaging();
        builder.AddUpdates();
        builder.AddQuestions();
        builder.AddAdmin();
        builder.AddDigests();
        builder.Services.RemoveAll<PlanMatchers>();
        builder.Services.AddScoped<Registry>();
        builder.Services.AddScoped(services => services.GetRequiredService<Registry>().Matchers);
        return builder.Services.BuildServiceProvider();
    });

    /// <summary>The command of the grammar that claims the text; the question grammar claims whatever the others leave.</summary>
    public static async Task<ChatCommand> ParseAsync(string? text, UnitMatcher units, IndexMatcher? indices = null, TaskMatcher? tasks = null)
    {
        await using var scope = Registered.Value.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Registry>().Matchers = PlanMatchers.Fixed(units, indices ?? IndexMatcher.None, tasks);
        return (await scope.ServiceProvider.GetRequiredService<ChatParser>().ParseAsync(ChatInput.Plain(text), CancellationToken.None))?.Command
            ?? throw new InvalidOperationException($"No grammar claimed '{text}'.");
    }

    private sealed class Registry
    {
        public PlanMatchers Matchers { get; set; } = null!;
    }
}
