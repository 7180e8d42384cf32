using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PciBot.Registry;

internal sealed class PlanIndexConfiguration : IEntityTypeConfiguration<PlanIndex>
{
    public void Configure(EntityTypeBuilder<PlanIndex> builder)
    {
        builder.ToTable("PlanIndices");
        builder.HasIndex(i => new { i.PlanId, i.Code }).IsUnique();
        builder.Property(i => i.Code).HasMaxLength(16);
        builder.Property(i => i.Family).HasConversion<string>().HasMaxLength(8);
        builder.Property(i => i.WeightPercent).HasPrecision(6, 2);
        builder.Property(i => i.TargetScore).HasPrecision(6, 2);
        builder.HasMany(i => i.Tasks).WithOne(t => t.Index).HasForeignKey(t => t.IndexId).OnDelete(DeleteBehavior.Restrict);
    }
}
