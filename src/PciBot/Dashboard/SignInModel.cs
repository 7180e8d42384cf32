namespace PciBot.Dashboard;

/// <summary>The sign-in page; <paramref name="DevSignIn"/> is the demo sign-in's address, in Development only.</summary>
internal sealed record SignInModel(TabFrame Frame, string ReturnUrl, string? DevSignIn);
