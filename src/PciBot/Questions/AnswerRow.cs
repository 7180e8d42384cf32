using PciBot.Registry;
using PciBot.Status;

namespace PciBot.Questions;

/// <summary>
/// One line of an answer: a task's report for one cut-off across the lead units it stands for, under a section
/// (a status, or a unit). <see cref="LeadUnits"/> is the unit to show, or null for the task's lead units, named only
/// when the row is on the page shown. <see cref="MayUpdate"/> offers the update card to the one who asked.
/// </summary>
internal sealed record AnswerRow(string Section, PlanTask Task, DateOnly? CutOff, ReportStatus Status, string? LeadUnits, int Reported, int Lines, bool MayUpdate);
