namespace PciBot.Registry;

internal sealed class VietnameseRegistryTexts : RegistryTexts
{
    public override string TaskNotFound(TaskKey key) =>
        $"Không có nhiệm vụ {key} trong kế hoạch hiện hành. Gõ \"nhiệm vụ\" để xem danh sách.";

    public override string NoPlan => "Chưa có kế hoạch nào được nạp.";

    public override string Task => "Nhiệm vụ";

    public override string Index => "Chỉ số";

    public override string Weight => "Trọng số";

    public override string Target => "Chỉ tiêu 2023";

    public override string Lead => "Chủ trì";

    public override string Coordinating => "Phối hợp";

    public override string Reporting => "Kỳ báo cáo";
}
