using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PciBot.Data.Migrations
{
    /// <inheritdoc />
    public partial class IncomingMessages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IncomingMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ActivityId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Activity = table.Column<string>(type: "TEXT", nullable: false),
                    Welcome = table.Column<bool>(type: "INTEGER", nullable: false),
                    SlowDown = table.Column<bool>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HeldBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    HeldUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    Takeovers = table.Column<int>(type: "INTEGER", nullable: false),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncomingMessages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IncomingMessages_ConversationId_ActivityId",
                table: "IncomingMessages",
                columns: new[] { "ConversationId", "ActivityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IncomingMessages_DoneAt_HeldUntil",
                table: "IncomingMessages",
                columns: new[] { "DoneAt", "HeldUntil" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IncomingMessages");
        }
    }
}
