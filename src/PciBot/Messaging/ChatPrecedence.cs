namespace PciBot.Messaging;

/// <summary>
/// When a grammar is asked, relative to the others. Grammars of one precedence must not claim the same message, so
/// their order does not matter; precedence is only for a grammar that genuinely has to come before or after the rest.
/// </summary>
internal enum ChatPrecedence
{
    /// <summary>Before any text is read, such as a message that carries a file.</summary>
    First,

    /// <summary>Commands recognised by their own words.</summary>
    Normal,

    /// <summary>Takes what no other grammar claimed, down to a message nobody understood.</summary>
    Fallback,
}
