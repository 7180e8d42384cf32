namespace PciBot.BotFramework.Schema;

/// <summary>The value of an error answer (<see cref="ContentTypes.Error"/>) to an invoke.</summary>
public sealed class InvokeError
{
    /// <summary>A short machine-readable code, e.g. <c>BadRequest</c>.</summary>
    public string? Code { get; set; }

    /// <summary>A message that can be shown to the user.</summary>
    public string? Message { get; set; }
}
