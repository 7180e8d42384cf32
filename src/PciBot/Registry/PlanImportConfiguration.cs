using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PciBot.Registry;

internal sealed class PlanImportConfiguration : IEntityTypeConfiguration<PlanImport>
{
    public void Configure(EntityTypeBuilder<PlanImport> builder)
    {
        builder.ToTable("PlanImports");
        builder.Property(i => i.ActorAadObjectId).HasMaxLength(64);
        builder.Property(i => i.FileName).HasMaxLength(256);
        builder.Property(i => i.PlanNumber).HasMaxLength(64);
    }
}
