using PciBot.Registry;

namespace PciBot.Digests;

/// <summary>An update since the previous digest that raises an obstacle.</summary>
internal sealed record DigestObstacle(int TaskId, TaskKey Key, string UnitName, string Obstacles, DateTimeOffset SubmittedAt);
