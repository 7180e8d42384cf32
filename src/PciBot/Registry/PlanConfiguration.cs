using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PciBot.Registry;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.ToTable("Plans");
        builder.HasIndex(p => p.Number).IsUnique();
        builder.Property(p => p.Number).HasMaxLength(64);
        builder.Property(p => p.CoordinatingUnitCode).HasMaxLength(64);
        builder.Property(p => p.ReportToUnitCode).HasMaxLength(64);
        builder.HasMany(p => p.GeneralTasks).WithOne().HasForeignKey(g => g.PlanId);
        builder.HasMany(p => p.Indices).WithOne().HasForeignKey(i => i.PlanId);
        builder.HasMany(p => p.Tasks).WithOne(t => t.Plan).HasForeignKey(t => t.PlanId);
    }
}
