using PciBot.Registry;

namespace PciBot.Digests;

/// <summary>A request for more time sent to the Office since the previous digest.</summary>
internal sealed record DigestExtension(int TaskId, TaskKey Key, string UnitName, string PersonName, DateOnly CutOff, DateOnly Until, string Reason);
