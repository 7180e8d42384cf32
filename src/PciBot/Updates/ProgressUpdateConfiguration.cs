using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PciBot.Updates;

internal sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> builder)
    {
        builder.ToTable("ProgressUpdates");
        builder.HasIndex(u => new { u.PeriodKey, u.TaskId, u.UnitId, u.SubmittedAt });
        builder.HasIndex(u => new { u.TaskId, u.UnitId, u.PeriodKey, u.Sequence }).IsUnique();
        builder.HasIndex(u => u.Fingerprint);
        builder.Property(u => u.PeriodKey).HasMaxLength(32);
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.Result).HasMaxLength(4000);
        builder.Property(u => u.Obstacles).HasMaxLength(4000);
        builder.Property(u => u.EvidenceUrl).HasMaxLength(2048);
        builder.Property(u => u.SourceActivityId).HasMaxLength(256);
        builder.Property(u => u.Fingerprint).HasMaxLength(64);
        builder.HasOne<PciBot.Registry.PlanTask>().WithMany().HasForeignKey(u => u.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PciBot.Registry.Unit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PciBot.People.Person>().WithMany().HasForeignKey(u => u.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
