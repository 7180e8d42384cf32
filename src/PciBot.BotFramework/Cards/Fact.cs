namespace PciBot.BotFramework.Cards;

/// <summary>A title and value pair in a <see cref="FactSet"/>.</summary>
/// <param name="title">The label.</param>
/// <param name="value">The value (a subset of Markdown).</param>
public sealed class Fact(string title, string value)
{
    /// <summary>The label.</summary>
    public string Title { get; set; } = title;

    /// <summary>The value (a subset of Markdown).</summary>
    public string Value { get; set; } = value;
}
