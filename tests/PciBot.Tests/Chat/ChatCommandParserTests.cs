using PciBot.Messaging;
using PciBot.Questions;
using PciBot.Registry;
using PciBot.Tests.Infrastructure;
using PciBot.Updates;

namespace PciBot.Tests.Chat;

public sealed class ChatCommandParserTests
{
    private static readonly UnitMatcher Units = new(
    [
        new Unit { Code = "TTBCXB", Name = "Phòng TTBCXB", FullName = "Phòng Thông tin - Báo chí - Xuất bản", Aliases = "TTBCXB|Phòng Thông tin Báo chí Xuất bản", Internal = true },
        new Unit { Code = "CNTTBCVT", Name = "Phòng CNTTBCVT", FullName = "Phòng Công nghệ thông tin - Bưu chính viễn thông", Aliases = "CNTTBCVT", Internal = true },
        new Unit { Code = "VP", Name = "Văn phòng Sở", FullName = "Văn phòng Sở Thông tin và Truyền thông", Aliases = "Văn phòng|VP", Internal = true },
    ]);

    [Theory]
    [InlineData("help")]
    [InlineData("Trợ giúp")]
    [InlineData("tro giup")]
    [InlineData("Hướng dẫn")]
    [InlineData("")]
    public async Task UnderstandsHelp(string text) => Assert.IsType<HelpCommand>(await ChatGrammars.ParseAsync(text, Units));

    [Theory]
    [InlineData("nhiệm vụ 19", "Pci", 19)]
    [InlineData("nhiem vu 19", "Pci", 19)]
    [InlineData("Nhiệm vụ số 8", "Pci", 8)]
    [InlineData("task 19", "Pci", 19)]
    [InlineData("Task #8", "Pci", 8)]
    [InlineData("PGI 2", "Pgi", 2)]
    [InlineData("nhiệm vụ PGI 3", "Pgi", 3)]
    [InlineData("task pci 24", "Pci", 24)]
    [InlineData("19", "Pci", 19)]
    [InlineData("nv 10", "Pci", 10)]
    public async Task UnderstandsOneTask(string text, string family, int number)
    {
        var command = Assert.IsType<ShowTaskCommand>(await ChatGrammars.ParseAsync(text, Units));
        Assert.Equal(new TaskKey(Enum.Parse<IndexFamily>(family), number), command.Task);
    }

    [Theory]
    [InlineData("nhiệm vụ")]
    [InlineData("nhiem vu")]
    [InlineData("tasks")]
    [InlineData("danh sách nhiệm vụ")]
    [InlineData("list tasks")]
    public async Task UnderstandsTheWholeList(string text) =>
        Assert.Equal(new ListTasksCommand(), await ChatGrammars.ParseAsync(text, Units));

    [Theory]
    [InlineData("nhiệm vụ A.III", "A.III")]
    [InlineData("tasks b.i", "B.I")]
    [InlineData("nhiem vu chi so A.VIII", "A.VIII")]
    public async Task UnderstandsTasksOfAnIndex(string text, string index) =>
        Assert.Equal(new ListTasksCommand(IndexCode: index), await ChatGrammars.ParseAsync(text, Units));

    [Theory]
    [InlineData("nhiệm vụ PGI", "Pgi")]
    [InlineData("tasks pci", "Pci")]
    [InlineData("PGI", "Pgi")]
    public async Task UnderstandsTasksOfAFamily(string text, string family) =>
        Assert.Equal(new ListTasksCommand(Family: Enum.Parse<IndexFamily>(family)), await ChatGrammars.ParseAsync(text, Units));

    [Theory]
    [InlineData("nhiệm vụ của Phòng TTBCXB", "TTBCXB")]
    [InlineData("nhiem vu cua phong ttbcxb", "TTBCXB")]
    [InlineData("tasks of CNTTBCVT", "CNTTBCVT")]
    [InlineData("nhiệm vụ Văn phòng Sở", "VP")]
    public async Task UnderstandsTasksOfAUnit(string text, string unit) =>
        Assert.Equal(new ListTasksCommand(UnitCode: unit), await ChatGrammars.ParseAsync(text, Units));

    [Theory]
    [InlineData("cập nhật nhiệm vụ 19", "Pci", 19)]
    [InlineData("cap nhat nhiem vu 19", "Pci", 19)]
    [InlineData("Cập nhật NV 19", "Pci", 19)]
    [InlineData("cập nhật tiến độ nhiệm vụ số 8", "Pci", 8)]
    [InlineData("báo cáo nhiệm vụ PGI 2", "Pgi", 2)]
    [InlineData("bao cao tien do nv 3", "Pci", 3)]
    [InlineData("cập nhật 19", "Pci", 19)]
    [InlineData("update task 19", "Pci", 19)]
    [InlineData("Update task PGI 3", "Pgi", 3)]
    [InlineData("update progress on task 24", "Pci", 24)]
    [InlineData("report task 1", "Pci", 1)]
    public async Task UnderstandsUpdatingATask(string text, string family, int number)
    {
        var command = Assert.IsType<UpdateTaskCommand>(await ChatGrammars.ParseAsync(text, Units));
        Assert.Equal(new TaskKey(Enum.Parse<IndexFamily>(family), number), command.Task);
    }

    [Theory]
    [InlineData("lịch sử nhiệm vụ 19", "Pci", 19)]
    [InlineData("lich su nhiem vu 19", "Pci", 19)]
    [InlineData("Lịch sử cập nhật NV 19", "Pci", 19)]
    [InlineData("lịch sử nhiệm vụ PGI 2", "Pgi", 2)]
    [InlineData("history task 19", "Pci", 19)]
    [InlineData("History of task PGI 1", "Pgi", 1)]
    [InlineData("history updates of task 8", "Pci", 8)]
    [InlineData("history 19", "Pci", 19)]
    public async Task UnderstandsATasksHistory(string text, string family, int number)
    {
        var command = Assert.IsType<TaskHistoryCommand>(await ChatGrammars.ParseAsync(text, Units));
        Assert.Equal(new TaskKey(Enum.Parse<IndexFamily>(family), number), command.Task);
    }

    [Theory]
    [InlineData("cập nhật")]
    [InlineData("update task")]
    [InlineData("lịch sử")]
    [InlineData("cập nhật nhiệm vụ 19 ngay")]
    public async Task DoesNotTakeAnIncompleteUpdateOrHistoryForOne(string text)
    {
        var command = await ChatGrammars.ParseAsync(text, Units);
        Assert.IsNotType<UpdateTaskCommand>(command);
        Assert.IsNotType<TaskHistoryCommand>(command);
    }

    [Theory]
    [InlineData("thời tiết hôm nay")]
    [InlineData("asdfgh")]
    public async Task SaysWhenItDoesNotUnderstand(string text) =>
        Assert.IsType<UnknownCommand>(await ChatGrammars.ParseAsync(text, Units));

    [Theory]
    [InlineData("việc của tôi")]
    [InlineData("viec cua toi")]
    [InlineData("Nhiệm vụ của tôi")]
    [InlineData("my tasks")]
    [InlineData("tôi có việc gì")]
    public async Task UnderstandsMyTasks(string text) => Assert.IsType<MyTasksCommand>(await ChatGrammars.ParseAsync(text, Units));

    [Theory]
    [InlineData("việc đến hạn quý này")]
    [InlineData("viec den han quy nay")]
    [InlineData("Việc gì đến hạn quý này?")]
    [InlineData("có việc nào đến hạn trong quý này")]
    [InlineData("what's due this quarter")]
    [InlineData("What is due this quarter?")]
    [InlineData("quý này có việc gì đến hạn")]
    public async Task UnderstandsDueThisQuarter(string text) => Assert.Equal(DueInPeriodCommand.ThisQuarter, await ChatGrammars.ParseAsync(text, Units));
}
