using PciBot.Registry;

namespace PciBot.Digests;

/// <summary>A unit's unreported line as the digest names it: the task and the cut-off of its period.</summary>
internal sealed record DigestDueLine(TaskKey Key, DateOnly CutOff);
