using System.Text.RegularExpressions;
using PciBot.BotFramework.Schema;

namespace PciBot.Chat;

/// <summary>
/// A message as the grammar sees it: normalized text without any <c>&lt;at&gt;</c> mention, and the people
/// mentioned in it (other than the bot), in order.
/// </summary>
internal sealed partial record ChatInput(string Text, IReadOnlyList<ChannelAccount> Mentioned)
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
        return new ChatInput(TextNormalizer.Normalize(text), mentioned);
    }

    public static ChatInput Plain(string? text) => new(TextNormalizer.Normalize(text), []);

    [GeneratedRegex("<at[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex MentionTag();
}
