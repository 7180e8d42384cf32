using System.Text.RegularExpressions;
using PciBot.Kit;
using PciBot.Messaging;
using PciBot.Registry;

namespace PciBot.People;

/// <summary>The role and identity commands, in Vietnamese and English, over normalized text without mentions.</summary>
internal sealed partial class PeopleGrammar(PlanMatchers matchers) : IChatGrammar
{
    public async ValueTask<ChatCommand?> TryParseAsync(ChatInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Parse(input, (await matchers.CurrentAsync(ct)).Units);
    }

    private static ChatCommand? Parse(ChatInput input, UnitMatcher units)
    {
        var text = input.Text;
        if (WhoAmI().IsMatch(text))
        {
            return new WhoAmICommand();
        }

        if (ListPeople().IsMatch(text))
        {
            return new ListPeopleCommand();
        }

        if (OfficeChannel().IsMatch(text))
        {
            return new SetOfficeChannelCommand();
        }

        var unassign = Unassign().Match(text);
        if (unassign.Success)
        {
            var rest = unassign.Groups["rest"].Value;
            var role = RoleOf(rest);
            var unit = role is PersonRole.Admin or PersonRole.OfficeStaff ? null : units.Find(rest);
            return input.Mentioned.Count == 0
                ? new MalformedPeopleCommand(MissingPerson: true, MissingUnit: false)
                : new UnassignRoleCommand(input.Mentioned, unit is null ? role : null, unit);
        }

        var assign = Assign().Match(text);
        if (assign.Success)
        {
            var rest = assign.Groups["rest"].Value;
            var role = RoleOf(rest) ?? PersonRole.Head;
            var unit = role is PersonRole.Admin or PersonRole.OfficeStaff ? null : units.Find(rest);
            var missingUnit = role is PersonRole.Head or PersonRole.Delegate && unit is null;
            return input.Mentioned.Count == 0 || missingUnit
                ? new MalformedPeopleCommand(input.Mentioned.Count == 0, missingUnit)
                : new AssignRoleCommand(input.Mentioned, role, unit);
        }

        return null;
    }

    private static PersonRole? RoleOf(string text) =>
        AdminWord().IsMatch(text) ? PersonRole.Admin
        : OfficeWord().IsMatch(text) && !UnitRoleWord().IsMatch(text) ? PersonRole.OfficeStaff
        : DelegateWord().IsMatch(text) ? PersonRole.Delegate
        : HeadWord().IsMatch(text) ? PersonRole.Head
        : null;

    [GeneratedRegex(@"^(?:toi la ai|whoami|who am i|ai day)$")]
    private static partial Regex WhoAmI();

    [GeneratedRegex(@"^(?:danh sach (?:can bo|nguoi dung|nhan su)|can bo|(?:list )?people|list (?:staff|members)|staff)$")]
    private static partial Regex ListPeople();

    [GeneratedRegex(@"^(?:dat (?:lam )?kenh (?:nay lam kenh )?van phong|dat kenh nay lam kenh van phong|set (?:this )?(?:channel )?as (?:the )?office channel)$")]
    private static partial Regex OfficeChannel();

    [GeneratedRegex(@"^(?:bo gan|huy gan|go gan|unassign)\b\s*(?<rest>.*)$")]
    private static partial Regex Unassign();

    [GeneratedRegex(@"^(?:gan|assign|phan cong)\b\s*(?<rest>.*)$")]
    private static partial Regex Assign();

    [GeneratedRegex(@"\b(?:quan tri(?: vien)?|admin(?:istrator)?)\b")]
    private static partial Regex AdminWord();

    [GeneratedRegex(@"\b(?:can bo van phong|nhan vien van phong|office(?: staff)?)\b")]
    private static partial Regex OfficeWord();

    [GeneratedRegex(@"\b(?:truong|head|pho|cap pho|deputy|delegate|uy quyen)\b")]
    private static partial Regex UnitRoleWord();

    [GeneratedRegex(@"\b(?:pho|cap pho|deputy|delegate|uy quyen|nguoi duoc uy quyen)\b")]
    private static partial Regex DelegateWord();

    [GeneratedRegex(@"\b(?:truong|head|lanh dao|giam doc)\b")]
    private static partial Regex HeadWord();
}
