using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PciBot.Data.Migrations
{
    /// <inheritdoc />
    public partial class AdminSchedulesHolidaysPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Rule",
                table: "Schedules",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Plan");

            migrationBuilder.AddColumn<string>(
                name: "RuleValue",
                table: "Schedules",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ConditionMet",
                table: "PlanTasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "PlanImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActorAadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PlanNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SeedJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AppliedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IsDiscarded = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanImports", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanImports");

            migrationBuilder.DropColumn(
                name: "Rule",
                table: "Schedules");

            migrationBuilder.DropColumn(
                name: "RuleValue",
                table: "Schedules");

            migrationBuilder.DropColumn(
                name: "ConditionMet",
                table: "PlanTasks");
        }
    }
}
