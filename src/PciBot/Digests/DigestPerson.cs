namespace PciBot.Digests;

/// <summary>A person to mention: their Teams id ("29:…") and name.</summary>
internal sealed record DigestPerson(string TeamsUserId, string Name);
