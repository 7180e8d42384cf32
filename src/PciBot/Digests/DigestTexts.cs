using PciBot.Messaging;
using PciBot.Registry;

namespace PciBot.Digests;

/// <summary>What Digests says, one subclass per language; reached as <c>texts.Digests</c>.</summary>
internal abstract class DigestTexts
{
    public static DigestTexts Vietnamese { get; } = new VietnameseDigestTexts();

    public static DigestTexts English { get; } = new EnglishDigestTexts();

    public abstract string DigestTitle(string period);

    public abstract string DigestIntro(DateOnly today, DateOnly cutOff);

    public abstract string ByUnit { get; }

    public abstract string ByIndex { get; }

    public abstract string DigestNotReportedTitle { get; }

    /// <summary>What every count of a digest or rollup counts: lines, not tasks.</summary>
    public abstract string CountingNote { get; }

    /// <summary>A unit's tasks still due by <paramref name="cutOff"/>.</summary>
    public abstract string DueList(DateOnly cutOff, string tasks);

    /// <summary>A unit's tasks whose <paramref name="cutOff"/> passed without a report.</summary>
    public abstract string OverdueList(DateOnly cutOff, string tasks);

    public abstract string LateHeads(string mentions);

    public abstract string NewObstaclesTitle { get; }

    public abstract string NewExtensionsTitle { get; }

    public abstract string ExtensionLine(string person, string unit, DateOnly until, DateOnly cutOff, string reason);

    /// <summary>The heading of the overdue lines, counted as lines and as the tasks they belong to.</summary>
    public abstract string DigestOverdueTitle(int lines, int tasks);

    public abstract string OverdueLine(string unit, DateOnly cutOff);

    public abstract string NothingToShow { get; }

    public abstract string MoreItems(int count);

    public abstract string OpenTask { get; }

    public abstract string RemindAgain { get; }

    public abstract string Nudged(int people, string unit, TaskKey key);

    public abstract string AlreadyNudged(string unit, TaskKey key);

    public abstract string NobodyToNudge(string unit);

    public abstract string OfficeOnly { get; }

    /// <summary>The target of an index; <paramref name="score"/> is already written as the language writes numbers.</summary>
    public abstract string TargetScore(string score);

    public abstract string PreviousQuarter(string status);

    public abstract string ContributionsLabel { get; }

    public abstract string RollupOnDemandIntro(DateOnly today);

    public abstract string ExternalLead { get; }

    /// <summary>This feature's lines of the help card.</summary>
    public abstract IReadOnlyList<HelpTopic> Help { get; }
}
