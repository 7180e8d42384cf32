namespace PciBot.BotFramework.Cards;

/// <summary>A two-column list of <see cref="Fact"/>s.</summary>
public sealed class FactSet : CardElement
{
    /// <summary>The facts, in order.</summary>
    public IList<Fact> Facts { get; set; } = [];
}
