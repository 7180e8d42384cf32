using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PciBot.Conversations;

internal sealed class ConversationRecordConfiguration : IEntityTypeConfiguration<ConversationRecord>
{
    public void Configure(EntityTypeBuilder<ConversationRecord> builder)
    {
        builder.ToTable("Conversations");
        builder.HasIndex(c => new { c.Kind, c.Key }).IsUnique();
        builder.HasIndex(c => c.UserAadObjectId);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Key).HasMaxLength(512);
        builder.Property(c => c.ConversationId).HasMaxLength(512);
        builder.Property(c => c.ServiceUrl).HasMaxLength(512);
        builder.Property(c => c.ChannelId).HasMaxLength(64);
        builder.Property(c => c.UnreachableReason).HasMaxLength(256);
    }
}
