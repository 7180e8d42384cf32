using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PciBot.Registry.Seeding;

internal sealed class SeedFingerprintConfiguration : IEntityTypeConfiguration<SeedFingerprint>
{
    public void Configure(EntityTypeBuilder<SeedFingerprint> builder)
    {
        builder.ToTable("SeedFingerprints");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Hash).HasMaxLength(64);
    }
}
