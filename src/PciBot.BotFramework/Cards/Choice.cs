namespace PciBot.BotFramework.Cards;

/// <summary>An option of an <see cref="InputChoiceSet"/>.</summary>
/// <param name="title">The text shown.</param>
/// <param name="value">The value sent when the option is chosen.</param>
public sealed class Choice(string title, string value)
{
    /// <summary>The text shown.</summary>
    public string Title { get; set; } = title;

    /// <summary>The value sent when the option is chosen.</summary>
    public string Value { get; set; } = value;
}
