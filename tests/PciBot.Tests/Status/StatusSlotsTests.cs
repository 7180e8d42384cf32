using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Calendar;
using PciBot.Registry;
using PciBot.Status;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Status;

/// <summary>The lines laid out for a question are reused only while the plan and the day stay the same.</summary>
public sealed class StatusSlotsTests
{
    private static readonly DateOnly Today = new(2023, 11, 20);

    [Fact]
    public async Task ATaskWhoseConditionIsMetAfterAQuestionIsInTheNextAnswer()
    {
        await using var app = PciBotApp.Create(now: VietnamTime.AtLocal(Today, new TimeOnly(9, 0)));
        Assert.DoesNotContain(10, await DueNumbersAsync(app));

        await app.WithDbAsync(async db =>
        {
            var task = await db.Tasks.SingleAsync(t => t.Family == IndexFamily.Pci && t.Number == 10);
            task.ConditionMetAt = app.Clock.GetUtcNow();
            return await db.SaveChangesAsync();
        });

        Assert.Contains(10, await DueNumbersAsync(app));
    }

    [Fact]
    public async Task TheNextDayLaysTheLinesOutAgain()
    {
        await using var app = PciBotApp.Create(now: VietnamTime.AtLocal(new DateOnly(2023, 12, 14), new TimeOnly(9, 0)));
        Assert.Equal([new DateOnly(2023, 12, 14)], await CurrentCutOffsOfPci1Async(app));

        // The reporting quarter ends on 14 December: the next day, a quarterly task's current line is the next quarter's.
        app.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal([new DateOnly(2024, 3, 14)], await CurrentCutOffsOfPci1Async(app));
    }

    private static async Task<List<int>> DueNumbersAsync(PciBotApp app)
    {
        await using var scope = app.Scope();
        var report = await scope.ServiceProvider.GetRequiredService<StatusBoard>()
            .InPeriodAsync(ReportingPeriods.Containing(PeriodKind.Quarter, Today), StatusFilter.All, CancellationToken.None);
        return report!.Lines.Where(l => l.Task.Family == IndexFamily.Pci).Select(l => l.Task.Number).Distinct().ToList();
    }

    private static async Task<List<DateOnly?>> CurrentCutOffsOfPci1Async(PciBotApp app)
    {
        await using var scope = app.Scope();
        var report = await scope.ServiceProvider.GetRequiredService<StatusBoard>().CurrentAsync(StatusFilter.All, CancellationToken.None);
        return report!.Lines.Where(l => l.Task.Family == IndexFamily.Pci && l.Task.Number == 1).Select(l => l.CutOff).Distinct().ToList();
    }
}
