using System.Text.RegularExpressions;
using PciBot.BotFramework.Schema;

namespace PciBot.Kit;

/// <summary>
/// A message as the grammars see it: normalized text without any <c>&lt;at&gt;</c> mention, the people mentioned in
/// it (other than the bot), in order, and what is attached to it.
/// </summary>
internal sealed partial record ChatInput(string Text, IReadOnlyList<ChannelAccount> Mentioned, IReadOnlyList<Attachment> Attachments)
{
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
        return new ChatInput(TextNormalizer.Normalize(text), mentioned, activity.Attachments?.ToList() ?? []);
    }

    public static ChatInput Plain(string? text) => new(TextNormalizer.Normalize(text), [], []);

    [GeneratedRegex("<at[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex MentionTag();
}
