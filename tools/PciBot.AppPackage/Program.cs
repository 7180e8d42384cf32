namespace PciBot.AppPackage;

internal static class Program
{
    public static int Main(string[] args)
        => new AppPackageCli(Console.Out, Console.Error, Environment.GetEnvironmentVariable, Environment.CurrentDirectory).Run(args);
}
