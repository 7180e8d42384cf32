var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/healthz", () => TypedResults.Ok());
app.Run();

public partial class Program;
