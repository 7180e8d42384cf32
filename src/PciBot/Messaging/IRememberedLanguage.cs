namespace PciBot.Messaging;

/// <summary>The language a person last wrote in, kept by the folder that keeps people.</summary>
internal interface IRememberedLanguage
{
    /// <summary>"vi" or "en" for the person with this Entra object id; null when they never wrote words that say, or are unknown.</summary>
    Task<string?> FindAsync(string? aadObjectId, CancellationToken ct);
}
