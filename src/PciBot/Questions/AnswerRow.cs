using PciBot.Registry;
using PciBot.Status;

namespace PciBot.Questions;

/// <summary>
/// One line of an answer: a task's report for one cut-off across the lines (lead units) it stands for, under a section
/// (a status, or a unit). <see cref="LeadUnits"/> is the unit to show, or null for the task's lead units, named only
/// when the row is on the page shown. <see cref="MayUpdate"/> offers the update card to the one who asked.
/// </summary>
internal sealed record AnswerRow(string Section, PlanTask Task, DateOnly? CutOff, ReportStatus Status, string? LeadUnits, IReadOnlyList<StatusLine> Lines, bool MayUpdate)
{
    public int Reported => Lines.Count(l => l.Latest is not null);

    /// <summary>The units whose line of this row is overdue, which the row names.</summary>
    public IReadOnlyList<string> OverdueUnits => Lines.Where(l => l.Status == ReportStatus.Overdue).Select(l => l.Unit.Name).ToList();
}
