namespace PciBot.AppPackage;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The inputs were acceptable but the work failed (a missing file, a broken manifest).</summary>
    public const int Failed = 1;

    /// <summary>The command line or the app id was refused; nothing was written.</summary>
    public const int Refused = 2;
}
