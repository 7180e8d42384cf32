using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PciBot.Registry;

internal sealed class GeneralTaskConfiguration : IEntityTypeConfiguration<GeneralTask>
{
    public void Configure(EntityTypeBuilder<GeneralTask> builder)
    {
        builder.ToTable("GeneralTasks");
        builder.HasIndex(g => new { g.PlanId, g.Letter }).IsUnique();
        builder.Property(g => g.Letter).HasMaxLength(4);
    }
}
