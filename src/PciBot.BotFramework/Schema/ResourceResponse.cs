namespace PciBot.BotFramework.Schema;

/// <summary>The answer to a send, reply or update: the id of the activity.</summary>
public sealed class ResourceResponse
{
    /// <summary>The id of the created or updated activity; may be missing on some channels.</summary>
    public string? Id { get; set; }
}
