using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PciBot.People;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.HasIndex(p => p.AadObjectId).IsUnique();
        builder.Property(p => p.AadObjectId).HasMaxLength(64);
        builder.Property(p => p.TeamsUserId).HasMaxLength(256);
        builder.Property(p => p.Name).HasMaxLength(256);
        builder.Property(p => p.Language).HasMaxLength(8);
        builder.Property(p => p.ReachProblem).HasMaxLength(256);
        builder.HasMany(p => p.Memberships).WithOne(m => m.Person).HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
