using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PciBot.Data.Migrations
{
    /// <inheritdoc />
    public partial class OutboxKind : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            OutboxKindBackfill.Up(migrationBuilder, "TEXT", """json_object('PersonName', "Payload")""");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            OutboxKindBackfill.Down(migrationBuilder, """json_extract("Payload", '$.PersonName')""");
    }
}
