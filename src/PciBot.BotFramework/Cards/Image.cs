namespace PciBot.BotFramework.Cards;

/// <summary>An image.</summary>
public sealed class Image : CardElement
{
    /// <summary>The image URL (HTTPS or a <c>data:</c> URI).</summary>
    public Uri? Url { get; set; }

    /// <summary>The text read out by screen readers.</summary>
    public string? AltText { get; set; }

    /// <summary>The size.</summary>
    public ImageSize? Size { get; set; }

    /// <summary>How the image is cropped.</summary>
    public ImageStyle? Style { get; set; }

    /// <summary>An explicit width such as <c>"50px"</c>.</summary>
    public string? Width { get; set; }

    /// <summary>An explicit height such as <c>"50px"</c>, or <c>"auto"</c>.</summary>
    public string? Height { get; set; }

    /// <summary>The horizontal alignment.</summary>
    public HorizontalAlignment? HorizontalAlignment { get; set; }

    /// <summary>An action run when the image is selected (not <see cref="ActionShowCard"/>).</summary>
    public CardAction? SelectAction { get; set; }
}
