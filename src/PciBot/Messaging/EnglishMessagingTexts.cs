namespace PciBot.Messaging;

internal sealed class EnglishMessagingTexts : MessagingTexts
{
    public override string HelpTitle => "What PciBot can do";

    public override string HelpIntro => "PciBot tracks the department's PCI/PGI improvement plan, reminds units to report and rolls up results. Vietnamese or English, with or without diacritics, for example:";

    public override IReadOnlyList<HelpTopic> Help { get; } =
    [
        new(HelpAudience.Everyone, "help", "This list"),
    ];

    public override string HelpSection(HelpAudience audience) => audience switch
    {
        HelpAudience.Everyone => "Ask about the plan",
        HelpAudience.UnitMember => "Report your unit's progress",
        HelpAudience.Office => "The Office (and admins)",
        _ => "Administration",
    };

    public override string HelpWithoutRole =>
        "You are not assigned to a unit yet, so you can look and ask. To report progress, ask a PciBot admin to make you the head or a delegate of your unit.";

    public override string SlowDown => "You are sending messages faster than I can answer them. I have answered the first ones; please wait a minute, then send again what is still unanswered.";

    public override string Unknown(string text) =>
        $"PciBot did not understand \"{text}\". Try \"task 19\", \"tasks A.III\" or type \"help\" for the commands.";
}
