using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PciBot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OutboxKind : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            OutboxKindBackfill.Up(migrationBuilder, "character varying(32)", """json_build_object('PersonName', "Payload")::text""");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            OutboxKindBackfill.Down(migrationBuilder, "CAST(\"Payload\" AS json) ->> 'PersonName'");
    }
}
