using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Cards;

/// <summary>A button or select action; written with its Adaptive Card <c>type</c> (e.g. <c>Action.Execute</c>).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ActionExecute), "Action.Execute")]
[JsonDerivedType(typeof(ActionSubmit), "Action.Submit")]
[JsonDerivedType(typeof(ActionShowCard), "Action.ShowCard")]
[JsonDerivedType(typeof(ActionToggleVisibility), "Action.ToggleVisibility")]
[JsonDerivedType(typeof(ActionOpenUrl), "Action.OpenUrl")]
public abstract class CardAction
{
    /// <summary>The button text.</summary>
    public string? Title { get; set; }

    /// <summary>A unique id; sent back in the invoke of an <see cref="ActionExecute"/>.</summary>
    public string? Id { get; set; }

    /// <summary>An icon shown on the button.</summary>
    public Uri? IconUrl { get; set; }

    /// <summary>The style of the button.</summary>
    public ActionStyle? Style { get; set; }

    /// <summary>A tooltip.</summary>
    public string? Tooltip { get; set; }

    /// <summary><see langword="false"/> to show the button disabled.</summary>
    public bool? IsEnabled { get; set; }
}
