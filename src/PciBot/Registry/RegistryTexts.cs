namespace PciBot.Registry;

/// <summary>What Registry says, one subclass per language; reached as <c>texts.Registry</c>.</summary>
internal abstract class RegistryTexts
{
    public static RegistryTexts Vietnamese { get; } = new VietnameseRegistryTexts();

    public static RegistryTexts English { get; } = new EnglishRegistryTexts();

    public abstract string TaskNotFound(TaskKey key);

    public abstract string NoPlan { get; }

    public abstract string Task { get; }

    public abstract string Index { get; }

    public abstract string Weight { get; }

    public abstract string Target { get; }

    public abstract string Lead { get; }

    public abstract string Coordinating { get; }

    public abstract string Reporting { get; }

    public string TaskLabel(TaskKey key) => $"{Task} {key}";
}
