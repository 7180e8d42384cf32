using System.Text.Json.Serialization;

namespace PciBot.BotFramework.Cards;

/// <summary>An element of a card body; written with its Adaptive Card <c>type</c> (e.g. <c>TextBlock</c>).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(InputText), "Input.Text")]
[JsonDerivedType(typeof(InputNumber), "Input.Number")]
[JsonDerivedType(typeof(InputChoiceSet), "Input.ChoiceSet")]
[JsonDerivedType(typeof(InputToggle), "Input.Toggle")]
[JsonDerivedType(typeof(InputDate), "Input.Date")]
public abstract class CardElement
{
    /// <summary>A unique id, needed for inputs and for <see cref="ActionToggleVisibility"/> targets.</summary>
    public string? Id { get; set; }

    /// <summary><see langword="false"/> to hide the element initially.</summary>
    public bool? IsVisible { get; set; }

    /// <summary>The space above the element.</summary>
    public Spacing? Spacing { get; set; }

    /// <summary><see langword="true"/> to draw a line above the element.</summary>
    public bool? Separator { get; set; }
}
