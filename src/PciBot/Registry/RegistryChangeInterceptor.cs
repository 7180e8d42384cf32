using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PciBot.Registry;

/// <summary>Drops the shared plan copy when a save changes the plan, its tasks, indices or units: before and after the write.</summary>
internal sealed class RegistryChangeInterceptor(PlanSnapshots snapshots) : SaveChangesInterceptor
{
    private static readonly HashSet<Type> RegistryTypes =
        [typeof(Plan), typeof(PlanIndex), typeof(PlanTask), typeof(TaskUnit), typeof(Unit), typeof(GeneralTask)];

    private readonly ConditionalWeakTable<DbContext, object> saving = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Saving(eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Saving(eventData);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Done(eventData);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Done(eventData);
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Done(eventData);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Done(eventData);

    private void Saving(DbContextEventData data)
    {
        if (data.Context is { } context && context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && RegistryTypes.Contains(e.Metadata.ClrType)))
        {
            saving.AddOrUpdate(context, context);
            snapshots.Invalidate();
        }
    }

    private void Done(DbContextEventData data)
    {
        if (data.Context is { } context && saving.Remove(context))
        {
            snapshots.Invalidate();
        }
    }
}
