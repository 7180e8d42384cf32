using Microsoft.EntityFrameworkCore;
using PciBot.Data;

namespace PciBot.Calendar;

/// <summary>The tables this folder owns, read through the one unit of work.</summary>
internal static class CalendarTables
{
    extension(PciBotDbContext db)
    {
        public DbSet<HolidayException> HolidayExceptions => db.Set<HolidayException>();
    }
}
