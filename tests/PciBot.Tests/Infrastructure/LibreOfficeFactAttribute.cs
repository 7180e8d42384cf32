namespace PciBot.Tests.Infrastructure;

/// <summary>A test that renders documents with <see cref="LibreOffice"/>; skipped, with the reason shown, where it is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
