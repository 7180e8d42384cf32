namespace PciBot.Tests.Status;

/// <summary>An overdue line as a surface shows it: the task, the unit reporting and the cut-off ("dd/MM/yyyy", "?" when the surface does not say).</summary>
internal sealed record OverdueLine(string Task, string Unit, string CutOff)
{
    public override string ToString() => $"{Task} · {Unit} · {CutOff}";
}
