using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PciBot.Data.Migrations.Postgres
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
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Plan");

            migrationBuilder.AddColumn<string>(
                name: "RuleValue",
                table: "Schedules",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ConditionMet",
                table: "PlanTasks",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "PlanImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActorAadObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    PlanNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SeedJson = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AppliedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IsDiscarded = table.Column<bool>(type: "boolean", nullable: false)
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
