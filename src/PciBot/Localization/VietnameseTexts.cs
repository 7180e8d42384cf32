using System.Globalization;

namespace PciBot.Localization;

internal sealed class VietnameseTexts : BotTexts
{
    public override CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("vi-VN");

    public override T Pick<T>(T vietnamese, T english) => vietnamese;

    public override string ShowMore => "Xem thêm";

    public override string ShowLess => "Thu gọn";

    public override string None => "—";

    public override string UnsupportedAction => "Thao tác này chưa được hỗ trợ.";

    public override string FixErrors => "Chưa lưu: vui lòng sửa các mục được đánh dấu bên dưới rồi gửi lại.";

    public override string SaveFailed => "PciBot chưa lưu được cập nhật. Nội dung trên thẻ vẫn còn, vui lòng bấm gửi lại sau ít phút.";
}
