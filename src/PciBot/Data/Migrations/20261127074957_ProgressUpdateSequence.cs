using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PciBot.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProgressUpdateSequence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProgressUpdates_TaskId",
                table: "ProgressUpdates");

            migrationBuilder.AddColumn<int>(
                name: "Sequence",
                table: "ProgressUpdates",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Rows written before lines were numbered get distinct numbers in the order they were stored.
            migrationBuilder.Sql("UPDATE \"ProgressUpdates\" SET \"Sequence\" = \"Id\";");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdates_TaskId_UnitId_PeriodKey_Sequence",
                table: "ProgressUpdates",
                columns: new[] { "TaskId", "UnitId", "PeriodKey", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProgressUpdates_TaskId_UnitId_PeriodKey_Sequence",
                table: "ProgressUpdates");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "ProgressUpdates");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdates_TaskId",
                table: "ProgressUpdates",
                column: "TaskId");
        }
    }
}
