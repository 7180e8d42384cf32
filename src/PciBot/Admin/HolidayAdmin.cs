using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PciBot.Audit;
using PciBot.BotFramework.Cards;
using PciBot.Calendar;
using PciBot.Data;
using PciBot.Localization;
using PciBot.People;

namespace PciBot.Admin;

/// <summary>The year's days off (computed and announced) and the admin's changes to them; every change moves the triggers.</summary>
internal sealed class HolidayAdmin(PciBotDbContext db, WorkingCalendarSource calendars, ScheduleAdmin schedules, AuditLog audit, TimeProvider time)
{
    public async Task<AdaptiveCard> CardAsync(int year, BotTexts texts, CancellationToken ct, IReadOnlyDictionary<string, string>? errors = null, (string Date, string Name, string Working)? typed = null, (string, TextColor)? banner = null)
    {
        var calendar = await calendars.GetAsync(ct);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var exceptions = await db.HolidayExceptions.AsNoTracking().Where(e => e.Date >= first && e.Date <= last).OrderBy(e => e.Date).ToListAsync(ct);
        var body = new List<CardElement> { AdminCards.Title(texts.Admin.HolidaysTitle(year)) };
        if (banner is { } b)
        {
            body.Add(new TextBlock { Text = b.Item1, Color = b.Item2, Weight = TextWeight.Bolder, Wrap = true });
        }

        body.Add(new FactSet
        {
            Facts = calendar.NonWorkingDays(year)
                .Select(d => new Fact(BotTexts.Date(d.Date), texts.Calendar.Name(d)))
                .Concat(calendar.SwappedWorkingDays(year).Select(d => new Fact(BotTexts.Date(d), texts.Admin.ExtraWorkingDay)))
                .ToList(),
        });
        body.Add(new TextBlock { Text = texts.Admin.ExceptionsTitle, Weight = TextWeight.Bolder, Separator = true, Wrap = true });
        if (exceptions.Count == 0)
        {
            body.Add(new TextBlock { Text = texts.Admin.NoExceptions, IsSubtle = true, Wrap = true });
        }

        foreach (var exception in exceptions)
        {
            var label = $"{BotTexts.Date(exception.Date)} · {exception.Name}{(exception.IsWorkingDay ? $" ({texts.Admin.ExtraWorkingDay})" : "")}";
            body.Add(new TextBlock { Text = label, Wrap = true });
            body.Add(new ActionSet { Actions = [AdminCards.Execute(texts.Admin.RemoveException, AdminVerbs.HolidayRemove, exception.Id.ToString(CultureInfo.InvariantCulture))] });
        }

        errors ??= new Dictionary<string, string>();
        AdminCards.Add(body, new InputText { Id = "date", Label = texts.Admin.DateLabel, Value = typed?.Date, MaxLength = 10 }, errors);
        AdminCards.Add(body, new InputText { Id = "name", Label = texts.Admin.NameLabel, Value = typed?.Name, MaxLength = 128 }, errors);
        body.Add(new InputToggle(texts.Admin.IsWorkingDayLabel) { Id = "isWorkingDay", Value = typed?.Working ?? "false", ValueOn = "true", ValueOff = "false" });
        return new AdaptiveCard
        {
            Lang = texts.Language,
            FallbackText = texts.Admin.HolidaysTitle(year),
            Body = body,
            Actions = [AdminCards.Execute(texts.Admin.AddException, AdminVerbs.HolidayAdd, year.ToString(CultureInfo.InvariantCulture), ActionStyle.Positive)],
        };
    }

    public async Task<AdaptiveCard> AddAsync(int year, AdminActionRequest request, Person actor, BotTexts texts, CancellationToken ct)
    {
        var typed = (Date: request.Text("date") ?? "", Name: request.Text("name") ?? "", Working: request.Text("isWorkingDay") ?? "false");
        var errors = new Dictionary<string, string>();
        if (!DateOnly.TryParseExact(typed.Date.Trim(), ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors["date"] = texts.Admin.BadDate;
        }
        else if (await db.HolidayExceptions.AnyAsync(e => e.Date == date, ct))
        {
            errors["date"] = texts.Admin.ExceptionExists;
        }

        if (string.IsNullOrWhiteSpace(typed.Name))
        {
            errors["name"] = texts.Admin.NameRequired;
        }

        if (errors.Count > 0)
        {
            return await CardAsync(year, texts, ct, errors, typed);
        }

        var exception = new HolidayException { Date = date, Name = typed.Name.Trim(), IsWorkingDay = typed.Working == "true", CreatedAt = time.GetUtcNow() };
        db.HolidayExceptions.Add(exception);
        audit.Record(actor, "holiday.add", BotTexts.Date(date), null, $"{exception.Name}{(exception.IsWorkingDay ? " (working day)" : "")}");
        await db.SaveChangesAsync(ct);
        await ChangedAsync(ct);
        return await CardAsync(date.Year, texts, ct, banner: (texts.Admin.ExceptionAdded(date), TextColor.Good));
    }

    public async Task<AdaptiveCard> RemoveAsync(int id, Person actor, BotTexts texts, CancellationToken ct)
    {
        var exception = await db.HolidayExceptions.SingleOrDefaultAsync(e => e.Id == id, ct);
        if (exception is null)
        {
            return await CardAsync(VietnamTime.Today(time).Year, texts, ct);
        }

        db.HolidayExceptions.Remove(exception);
        audit.Record(actor, "holiday.remove", BotTexts.Date(exception.Date), $"{exception.Name}{(exception.IsWorkingDay ? " (working day)" : "")}", null);
        await db.SaveChangesAsync(ct);
        await ChangedAsync(ct);
        return await CardAsync(exception.Date.Year, texts, ct, banner: (texts.Admin.ExceptionRemoved(exception.Date), TextColor.Good));
    }

    private async Task ChangedAsync(CancellationToken ct)
    {
        calendars.Invalidate();
        await schedules.ResyncAllAsync(ct);
    }
}
