using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PciBot.Calendar;

internal sealed class HolidayExceptionConfiguration : IEntityTypeConfiguration<HolidayException>
{
    public void Configure(EntityTypeBuilder<HolidayException> builder)
    {
        builder.ToTable("HolidayExceptions");
        builder.HasIndex(h => h.Date).IsUnique();
        builder.Property(h => h.Name).HasMaxLength(200);
    }
}
