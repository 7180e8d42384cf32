namespace PciBot.Updates;

/// <summary>A line's cut-off as the Office moved it, and when it did.</summary>
internal sealed record GrantedCutOff(DateOnly CutOff, DateTimeOffset GrantedAt);
