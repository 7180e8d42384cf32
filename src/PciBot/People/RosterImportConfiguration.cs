using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PciBot.People;

internal sealed class RosterImportConfiguration : IEntityTypeConfiguration<RosterImport>
{
    public void Configure(EntityTypeBuilder<RosterImport> builder)
    {
        builder.ToTable("RosterImports");
        builder.Property(i => i.ActorAadObjectId).HasMaxLength(64);
        builder.Property(i => i.FileName).HasMaxLength(256);
    }
}
