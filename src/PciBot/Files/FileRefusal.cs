namespace PciBot.Files;

/// <summary>Why a file sent in the chat was not downloaded.</summary>
internal enum FileRefusal
{
    None,
    NoAddress,
    HostNotAllowed,
    TooLarge,
    TooManyRedirects,
    Unavailable,
}
