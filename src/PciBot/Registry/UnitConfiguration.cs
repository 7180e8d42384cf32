using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PciBot.Registry;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.ToTable("Units");
        builder.HasIndex(u => u.Code).IsUnique();
        builder.Property(u => u.Code).HasMaxLength(64);
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.Property(u => u.FullName).HasMaxLength(400);
        builder.Property(u => u.Aliases).HasMaxLength(2000);
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasMany(u => u.Members)
            .WithMany(u => u.Groups)
            .UsingEntity<Dictionary<string, object>>(
                "UnitGroupMembers",
                member => member.HasOne<Unit>().WithMany().HasForeignKey("MemberId").OnDelete(DeleteBehavior.Cascade),
                group => group.HasOne<Unit>().WithMany().HasForeignKey("GroupId").OnDelete(DeleteBehavior.Cascade));
    }
}
