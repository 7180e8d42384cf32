namespace PciBot.Messaging;

internal sealed class EnglishMessagingTexts : MessagingTexts
{
    public override string HelpTitle => "What PciBot can do";

    public override string HelpIntro => "PciBot tracks the department's PCI/PGI improvement plan, reminds units to report and rolls up results. Vietnamese or English, with or without diacritics, for example:";

    public override IReadOnlyList<(string Example, string Meaning)> HelpExamples { get; } =
    [
        ("help", "This list"),
        ("tasks", "Every task of the plan, by index"),
        ("tasks A.III", "Tasks of one index (A.I–A.VIII, B.I–B.II)"),
        ("tasks PGI", "Tasks of the PCI or PGI family"),
        ("tasks of Phòng TTBCXB", "Tasks a unit leads or supports"),
        ("task 19", "PCI task 19 in full"),
        ("PGI 2", "PGI task 2 in full"),
        ("update task 19", "Report progress on task 19 for your unit, current period"),
        ("history task 19", "Every progress update on task 19"),
        ("what's due this quarter", "Tasks with a report due this quarter, with their status"),
        ("next month, Q4 2023, december", "What is due in another period"),
        ("what is overdue", "Reports past their cut-off and not sent"),
        ("my tasks", "Your units' tasks with this period's status"),
        ("tasks of Phòng TTBCXB", "One unit's tasks"),
        ("index transparency, PCI time costs", "Tasks of an index, by name"),
        ("status of task 8", "Task 8 in full, with its status"),
        ("who has not reported this quarter", "Office and admins: units that have not reported"),
    ];

    public override string Unknown(string text) =>
        $"PciBot did not understand \"{text}\". Try \"task 19\", \"tasks A.III\" or type \"help\" for the commands.";
}
