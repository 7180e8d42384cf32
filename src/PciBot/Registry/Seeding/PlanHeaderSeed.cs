namespace PciBot.Registry.Seeding;

internal sealed record PlanHeaderSeed(
    string Number,
    DateOnly IssuedOn,
    string Issuer,
    string Title,
    int Year,
    string? Basis,
    string? Signer,
    string? SignerTitle,
    string CoordinatingUnit,
    string ReportTo,
    DateOnly ReportDeadline);
