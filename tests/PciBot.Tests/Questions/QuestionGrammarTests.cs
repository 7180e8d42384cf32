using PciBot.Messaging;
using PciBot.Questions;
using PciBot.Registry;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Questions;

/// <summary>Questions in Vietnamese with and without diacritics and in English → intent and period, on 20/11/2023 (Vietnam).</summary>
public sealed class QuestionGrammarTests
{
    private static readonly DateOnly Today = new(2023, 11, 20);

    private static readonly UnitMatcher Units = new(
    [
        new Unit { Code = "TTBCXB", Name = "Phòng TTBCXB", FullName = "Phòng Thông tin - Báo chí - Xuất bản", Aliases = "TTBCXB", Internal = true },
        new Unit { Code = "CNTTBCVT", Name = "Phòng CNTTBCVT", FullName = "Phòng Công nghệ thông tin - Bưu chính - Viễn thông", Aliases = "CNTTBCVT", Internal = true },
    ]);

    private static readonly IndexMatcher Indices = new(
    [
        new PlanIndex { Code = "A.I", Name = "Chỉ số gia nhập thị trường" },
        new PlanIndex { Code = "A.II", Name = "Chỉ số tính minh bạch" },
        new PlanIndex { Code = "A.III", Name = "Chỉ số chi phí thời gian" },
        new PlanIndex { Code = "A.IV", Name = "Chỉ số chi phí không chính thức" },
        new PlanIndex { Code = "B.I", Name = "Giảm thiểu ô nhiễm môi trường và biến đổi khí hậu" },
    ]);

    [Theory]
    [InlineData("việc gì đến hạn quý này", "due", "2023-Q4")]
    [InlineData("viec gi den han quy nay", "due", "2023-Q4")]
    [InlineData("Việc đến hạn quý sau", "due", "2024-Q1")]
    [InlineData("viec den han quy sau", "due", "2024-Q1")]
    [InlineData("quý sau", "due", "2024-Q1")]
    [InlineData("quy toi", "due", "2024-Q1")]
    [InlineData("tháng này", "due", "2023-M12")]
    [InlineData("thang nay co viec gi", "due", "2023-M12")]
    [InlineData("việc đến hạn tháng này", "due", "2023-M12")]
    [InlineData("tháng 12", "due", "2023-M12")]
    [InlineData("thang 12", "due", "2023-M12")]
    [InlineData("việc đến hạn tháng 12/2023", "due", "2023-M12")]
    [InlineData("việc đến hạn tháng 1 năm 2024", "due", "2024-M01")]
    [InlineData("tháng sau", "due", "2024-M01")]
    [InlineData("việc đến hạn tháng trước", "due", "2023-M11")]
    [InlineData("quý IV/2023", "due", "2023-Q4")]
    [InlineData("quy iv/2023", "due", "2023-Q4")]
    [InlineData("việc đến hạn quý 4 năm 2023", "due", "2023-Q4")]
    [InlineData("viec den han quy 4 nam 2023", "due", "2023-Q4")]
    [InlineData("Quý I/2024 có việc gì", "due", "2024-Q1")]
    [InlineData("việc đến hạn quý 2", "due", "2023-Q2")]
    [InlineData("việc phải báo cáo năm nay", "due", "2023")]
    [InlineData("việc đến hạn năm 2024", "due", "2024")]
    [InlineData("sắp đến hạn", "due", "2023-Q4")]
    [InlineData("what's due this quarter", "due", "2023-Q4")]
    [InlineData("What is due next quarter?", "due", "2024-Q1")]
    [InlineData("what's due next month", "due", "2024-M01")]
    [InlineData("next month", "due", "2024-M01")]
    [InlineData("what is due in Q4 2023", "due", "2023-Q4")]
    [InlineData("due in q1/2024", "due", "2024-Q1")]
    [InlineData("Q4 2023", "due", "2023-Q4")]
    [InlineData("what's due in december", "due", "2023-M12")]
    [InlineData("due in quarter 2 of 2024", "due", "2024-Q2")]
    [InlineData("deadlines this month", "due", "2023-M12")]
    [InlineData("what's due last quarter", "due", "2023-Q3")]
    [InlineData("việc đến hạn của Phòng TTBCXB quý này", "due", "2023-Q4")]
    [InlineData("việc nào quá hạn", "overdue", "")]
    [InlineData("viec nao qua han", "overdue", "")]
    [InlineData("Có việc gì quá hạn không?", "overdue", "")]
    [InlineData("việc trễ hạn", "overdue", "")]
    [InlineData("what is overdue", "overdue", "")]
    [InlineData("overdue tasks", "overdue", "")]
    [InlineData("việc quá hạn của phòng CNTTBCVT", "overdue", "")]
    [InlineData("việc của tôi", "mine", "")]
    [InlineData("viec cua toi", "mine", "")]
    [InlineData("My tasks", "mine", "")]
    [InlineData("việc của Phòng TTBCXB", "unit", "")]
    [InlineData("viec cua phong ttbcxb", "unit", "")]
    [InlineData("tasks of CNTTBCVT", "unit", "")]
    [InlineData("chỉ số minh bạch", "index", "")]
    [InlineData("chi so minh bach", "index", "")]
    [InlineData("PCI chi phí thời gian", "index", "")]
    [InlineData("pci chi phi thoi gian", "index", "")]
    [InlineData("index A.III", "index", "")]
    [InlineData("nhiệm vụ chỉ số gia nhập thị trường", "index", "")]
    [InlineData("PGI", "family", "")]
    [InlineData("nhiệm vụ 19 thế nào", "task", "")]
    [InlineData("nhiem vu 19 the nao", "task", "")]
    [InlineData("status of task 8", "task", "")]
    [InlineData("tình hình nhiệm vụ PGI 2", "task", "")]
    [InlineData("tien do nv 19", "task", "")]
    [InlineData("how is task 19 going", "task", "")]
    [InlineData("ai chưa báo cáo quý này", "not-reported", "2023-Q4")]
    [InlineData("ai chua bao cao quy nay", "not-reported", "2023-Q4")]
    [InlineData("đơn vị nào chưa báo cáo tháng này", "not-reported", "2023-M12")]
    [InlineData("who has not reported this quarter", "not-reported", "2023-Q4")]
    [InlineData("who hasn't reported", "not-reported", "2023-Q4")]
    [InlineData("trợ giúp", "help", "")]
    [InlineData("tro giup", "help", "")]
    [InlineData("help", "help", "")]
    [InlineData("chi phí", "ambiguous", "")]
    [InlineData("thời tiết hôm nay", "unknown", "")]
    [InlineData("asdfgh", "unknown", "")]
    public async Task UnderstandsTheQuestion(string text, string intent, string period)
    {
        var command = await ChatGrammars.ParseAsync(text, Units, Indices);

        var (parsedIntent, parsedPeriod) = command switch
        {
            DueInPeriodCommand due => ("due", due.Period.Resolve(Today).Key),
            OverdueCommand => ("overdue", ""),
            MyTasksCommand => ("mine", ""),
            ListTasksCommand { UnitCode: not null } => ("unit", ""),
            ListTasksCommand { IndexCode: not null } => ("index", ""),
            ListTasksCommand { Family: not null } => ("family", ""),
            ShowTaskCommand => ("task", ""),
            NotReportedCommand notReported => ("not-reported", notReported.Period.Resolve(Today).Key),
            HelpCommand => ("help", ""),
            ChoiceCommand => ("ambiguous", ""),
            UnknownCommand => ("unknown", ""),
            _ => (command.GetType().Name, ""),
        };
        Assert.Equal((intent, period), (parsedIntent, parsedPeriod));
    }

    [Theory]
    [InlineData("việc đến hạn của Phòng TTBCXB quý này", "TTBCXB")]
    [InlineData("việc quá hạn của phòng CNTTBCVT", "CNTTBCVT")]
    public async Task KeepsTheUnitAQuestionNames(string text, string unit)
    {
        var command = await ChatGrammars.ParseAsync(text, Units, Indices);

        Assert.Equal(unit, command switch { DueInPeriodCommand d => d.Scope.UnitCode, OverdueCommand o => o.Scope.UnitCode, _ => null });
    }

    [Theory]
    [InlineData("chỉ số minh bạch", "A.II")]
    [InlineData("PCI chi phí thời gian", "A.III")]
    [InlineData("index A.III", "A.III")]
    [InlineData("chi phi khong chinh thuc", "A.IV")]
    public async Task FindsTheIndexByName(string text, string code) =>
        Assert.Equal(code, Assert.IsType<ListTasksCommand>(await ChatGrammars.ParseAsync(text, Units, Indices)).IndexCode);
}
