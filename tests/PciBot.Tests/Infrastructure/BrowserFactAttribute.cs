namespace PciBot.Tests.Infrastructure;

/// <summary>A test that drives Chromium; skipped only where the browser is missing and CI is not set.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
