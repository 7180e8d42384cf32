namespace PciBot.Questions;

/// <summary>Teams' messageBack: the button sends <see cref="MessageBack.Text"/> as if the user had typed it.</summary>
internal sealed record MessageBackData(MessageBack Msteams);
