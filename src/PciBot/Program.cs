using PciBot.Admin;
using PciBot.Clock;
using PciBot.Conversations;
using PciBot.Dashboard;
using PciBot.Data;
using PciBot.Demo;
using PciBot.Digests;
using PciBot.Exports;
using PciBot.Files;
using PciBot.Graph;
using PciBot.Health;
using PciBot.Inbox;
using PciBot.Messaging;
using PciBot.Outbox;
using PciBot.People;
using PciBot.Questions;
using PciBot.Registry;
using PciBot.Reminders;
using PciBot.Schedules;
using PciBot.Status;
using PciBot.Telemetry;
using PciBot.Updates;

var builder = WebApplication.CreateBuilder(DemoTour.Without(args));
if (DemoTour.IsAsked(args))
{
    builder.AddDemoTour();
}

builder.AddClock();
builder.AddTelemetry();
builder.AddData();
builder.AddFiles();
builder.AddGraph();
builder.AddRegistry();
builder.AddConversations();
builder.AddPeople();
builder.AddMessaging();
builder.AddInbox();
builder.AddOutbox();
builder.AddReminders();
builder.AddUpdates();
builder.AddStatus();
builder.AddQuestions();
builder.AddSchedules();
builder.AddHealth();
builder.AddAdmin();
builder.AddExports();
builder.AddDigests();
builder.AddDashboard();
builder.AddDemo();

var app = builder.Build();

app.MapMessaging();
app.MapHealth();
app.MapExports();
app.MapDashboard();
app.MapTelemetry();

app.Run();

/// <summary>The web host's entry point, visible to the test host.</summary>
public partial class Program;
