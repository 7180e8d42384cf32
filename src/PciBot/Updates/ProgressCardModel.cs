using PciBot.BotFramework.Cards;

namespace PciBot.Updates;

/// <summary>Everything an update card shows about its line, and how this rendering of it differs.</summary>
internal sealed record ProgressCardModel(ReportLine Line, string CardId, ProgressEntry? Latest, IReadOnlyList<string> Editors, DateOnly ExtensionNotBefore)
{
    /// <summary>The heading; by default "Cập nhật tiến độ {period}".</summary>
    public string? Title { get; init; }

    public TextColor TitleColor { get; init; } = TextColor.Accent;

    public string? Intro { get; init; }

    /// <summary>A line at the top saying what just happened.</summary>
    public (string Text, TextColor Color)? Banner { get; init; }

    /// <summary>The entries to show in the fields; null shows the latest update, ready to edit.</summary>
    public ProgressInput? Input { get; init; }

    /// <summary>Why an entry was refused, keyed by input id.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    /// <summary>The choices of "Nhắc lại sau" as they stand today, each with its day.</summary>
    public required IReadOnlyList<SnoozeOption> Snoozes { get; init; }

    /// <summary>Opens the request for a later deadline, e.g. to show what was wrong with one.</summary>
    public bool ShowExtension { get; init; }

    public ProgressActionData Data(string verb) => new(verb, Line.Task.Id, Line.Unit.Id, Line.PeriodKey, CardId);
}
