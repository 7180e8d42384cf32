using PciBot.Kit;

namespace PciBot.Questions;

/// <summary>
/// A question that names a slot the bot could not read ("tháng mười ba", "phòng kế toán"): what was read, as the
/// question it would be without that slot, and the slot's words, normalized. It is answered "I read … but not …",
/// never for a default.
/// </summary>
internal sealed record UnreadCommand(ChatCommand Reading, QuestionSlot Slot, string Words) : ChatCommand;
