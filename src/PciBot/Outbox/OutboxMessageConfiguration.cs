using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PciBot.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        builder.HasIndex(o => new { o.ScheduleKey, o.PeriodKey, o.RecipientKey, o.Subject }).IsUnique();
        builder.HasIndex(o => new { o.Status, o.NextAttemptAt });
        builder.HasIndex(o => o.ActivityId);
        builder.Ignore(o => o.To);
        builder.Property(o => o.Kind).HasConversion(k => k.Name, name => new OutboxKind(name)).HasMaxLength(32);
        builder.Property(o => o.ScheduleKey).HasMaxLength(64);
        builder.Property(o => o.PeriodKey).HasMaxLength(64);
        builder.Property(o => o.RecipientKey).HasMaxLength(64);
        builder.Property(o => o.Subject).HasMaxLength(128);
        builder.Property(o => o.Stage).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.RecipientKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.ReportPeriodKey).HasMaxLength(64);
        builder.Property(o => o.ClaimedBy).HasMaxLength(64);
        builder.Property(o => o.ConversationId).HasMaxLength(512);
        builder.Property(o => o.ActivityId).HasMaxLength(256);
        builder.Property(o => o.LastError).HasMaxLength(1024);
        builder.Property(o => o.TraceParent).HasMaxLength(64);
    }
}
