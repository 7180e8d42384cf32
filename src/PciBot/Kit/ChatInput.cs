using System.Text.RegularExpressions;
using PciBot.BotFramework.Schema;

namespace PciBot.Kit;

/// <summary>
/// A message as the grammars see it: normalized text without any <c>&lt;at&gt;</c> mention, the people mentioned in
/// it (other than the bot), in order, and what is attached to it. <see cref="Said"/> is the text as the person wrote
/// it, for quoting back to them; grammars read <see cref="Text"/>.
/// </summary>
internal sealed partial record ChatInput(string Text, IReadOnlyList<ChannelAccount> Mentioned, IReadOnlyList<Attachment> Attachments, string? Typed = null)
{
    /// <summary>Long enough to recognise a message, short enough to quote in one line.</summary>
    public const int MaxQuoted = 120;

    /// <summary>The words as typed (mentions taken out, spaces collapsed), at most <see cref="MaxQuoted"/> characters.</summary>
    public string Said => Typed ?? Text;

    public static ChatInput From(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        var mentioned = activity.GetMentions()
            .Select(m => m.Mentioned)
            .OfType<ChannelAccount>()
            .Where(m => m.Id != botId)
            .DistinctBy(m => m.Id)
            .ToList();
        var text = MentionTag().Replace(activity.Text ?? "", " ");
        return new ChatInput(TextNormalizer.Normalize(text), mentioned, activity.Attachments?.ToList() ?? [], Collapsed(text));
    }

    /// <summary>Text with nobody mentioned and nothing attached, as a person would have typed it.</summary>
    public static ChatInput Plain(string? text) => new(TextNormalizer.Normalize(text), [], [], Collapsed(text ?? ""));

    private static string Collapsed(string text)
    {
        var typed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return typed.Length > MaxQuoted ? $"{typed[..MaxQuoted]}…" : typed;
    }

    [GeneratedRegex("<at[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex MentionTag();
}
