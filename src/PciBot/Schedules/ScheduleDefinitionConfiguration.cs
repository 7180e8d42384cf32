using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PciBot.Schedules;

internal sealed class ScheduleDefinitionConfiguration : IEntityTypeConfiguration<ScheduleDefinition>
{
    public void Configure(EntityTypeBuilder<ScheduleDefinition> builder)
    {
        builder.ToTable("Schedules");
        builder.HasIndex(s => s.Key).IsUnique();
        builder.Property(s => s.Key).HasMaxLength(64);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.DaysBeforeDeadline).HasMaxLength(64);
        builder.Property(s => s.RecipientUnitCodes).HasMaxLength(512);
        builder.Property(s => s.Rule).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.RuleValue).HasMaxLength(128);
    }
}
