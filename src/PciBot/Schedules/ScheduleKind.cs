namespace PciBot.Schedules;

/// <summary>What a schedule reminds about, and so which tasks and recipients it covers.</summary>
internal enum ScheduleKind
{
    /// <summary>Tasks reported every month (task 19): cut-off on the 14th.</summary>
    Monthly,

    /// <summary>Ongoing, periodic and multi-year tasks, and conditional tasks once met: reported every quarter.</summary>
    Quarterly,

    /// <summary>Tasks that follow a yearly plan: cut-off on 14 December.</summary>
    Annual,

    /// <summary>Tasks with a deadline: reminded a set number of days before it (T-14, T-7, T-1).</summary>
    Deadline,

    /// <summary>General task h: dialogue with businesses at least twice a year, for the Office.</summary>
    Dialogue,

    /// <summary>The Office's quarterly roll-up of every task, at the quarter's cut-off.</summary>
    OfficeRollup,

    /// <summary>The Office's report to the Department of Planning and Investment before the plan's deadline.</summary>
    YearEnd,

    /// <summary>The Office's digest: weekly during each quarter's reporting window, and at each monthly and quarterly cut-off.</summary>
    Digest,
}
