using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PciBot.Inbox;

internal sealed class IncomingMessageConfiguration : IEntityTypeConfiguration<IncomingMessage>
{
    public void Configure(EntityTypeBuilder<IncomingMessage> builder)
    {
        builder.ToTable("IncomingMessages");
        builder.HasIndex(m => new { m.ConversationId, m.ActivityId }).IsUnique();
        builder.HasIndex(m => new { m.DoneAt, m.HeldUntil });
        builder.Property(m => m.ConversationId).HasMaxLength(512);
        builder.Property(m => m.ActivityId).HasMaxLength(256);
        builder.Property(m => m.HeldBy).HasMaxLength(200);
    }
}
