using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PciBot.Updates;

internal sealed class ExtensionRequestConfiguration : IEntityTypeConfiguration<ExtensionRequest>
{
    public void Configure(EntityTypeBuilder<ExtensionRequest> builder)
    {
        builder.ToTable("ExtensionRequests");
        builder.HasIndex(r => r.Fingerprint).IsUnique();
        builder.HasIndex(r => new { r.TaskId, r.UnitId, r.PeriodKey });
        builder.HasIndex(r => r.Status);
        builder.Property(r => r.PeriodKey).HasMaxLength(32);
        builder.Property(r => r.Reason).HasMaxLength(4000);
        builder.Property(r => r.DeclineReason).HasMaxLength(4000);
        builder.Property(r => r.Fingerprint).HasMaxLength(64);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<PciBot.Registry.PlanTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PciBot.Registry.Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PciBot.People.Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PciBot.People.Person>().WithMany().HasForeignKey(r => r.DecidedByPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
