using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PciBot.Registry;

internal sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> builder)
    {
        builder.ToTable("PlanTasks");
        builder.HasIndex(t => new { t.PlanId, t.Family, t.Number }).IsUnique();
        builder.Property(t => t.Family).HasConversion<string>().HasMaxLength(8);
        builder.Property(t => t.Cadence).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(t => t.Key);
        builder.HasMany(t => t.Units).WithOne().HasForeignKey(u => u.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}
