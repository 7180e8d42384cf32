using Microsoft.EntityFrameworkCore.Migrations;

namespace PciBot.Data.Migrations;

/// <summary>
/// What both providers' <c>OutboxKind</c> migrations do: add the column, and give the rows of an earlier version their
/// kind by the rules that version rendered them by (the subject's text, the task, the schedule). The notices about a
/// person carried the bare name as their payload; they get the JSON their kind now has. A migration must keep doing what
/// it did when it was written: never change this class, add a new migration instead.
/// </summary>
internal static class OutboxKindBackfill
{
    private const string NamedNotices = """
        "Kind" IN ('unconfirmed', 'unreachable') AND "Payload" IS NOT NULL
        """;

    /// <summary>Plain SQL that SQLite and PostgreSQL both run as is.</summary>
    private const string Kinds = """
        UPDATE "Outbox" SET "Kind" = CASE
            WHEN "TaskId" IS NULL AND "Subject" = 'Digest' THEN 'digest'
            WHEN "TaskId" IS NULL AND "Subject" = 'OfficeRollup' THEN 'rollup'
            WHEN "TaskId" IS NULL AND "Subject" = 'YearEnd' THEN 'year-end'
            WHEN "TaskId" IS NOT NULL AND "ScheduleKey" = 'snooze' THEN 'snooze'
            WHEN "TaskId" IS NOT NULL AND "ScheduleKey" = 'nudge' THEN 'nudge'
            WHEN "TaskId" IS NOT NULL THEN 'reminder'
            WHEN substr("Subject", 1, 10) = 'extension:' THEN 'extension'
            WHEN "Subject" = 'escalation' THEN 'escalation'
            WHEN "Subject" = 'unassigned' THEN 'unassigned'
            WHEN substr("Subject", 1, 12) = 'unconfirmed:' THEN 'unconfirmed'
            WHEN substr("Subject", 1, 12) = 'unreachable:' THEN 'unreachable'
            WHEN "Subject" = 'Dialogue' THEN 'dialogue'
            ELSE 'notice'
        END
        """;

    /// <param name="migrationBuilder">The migration's builder.</param>
    /// <param name="columnType">The provider's type for a string of 32.</param>
    /// <param name="nameAsJson">The provider's SQL for <c>{"PersonName": "Payload"}</c> as text.</param>
    public static void Up(MigrationBuilder migrationBuilder, string columnType, string nameAsJson)
    {
        migrationBuilder.AddColumn<string>(name: "Kind", table: "Outbox", type: columnType, maxLength: 32, nullable: false, defaultValue: "");
        migrationBuilder.Sql(Kinds);
        migrationBuilder.Sql($"""UPDATE "Outbox" SET "Payload" = {nameAsJson} WHERE {NamedNotices}""");
    }

    /// <param name="migrationBuilder">The migration's builder.</param>
    /// <param name="nameFromJson">The provider's SQL for the person's name in the JSON <c>"Payload"</c>.</param>
    public static void Down(MigrationBuilder migrationBuilder, string nameFromJson)
    {
        migrationBuilder.Sql($"""UPDATE "Outbox" SET "Payload" = {nameFromJson} WHERE {NamedNotices}""");
        migrationBuilder.DropColumn(name: "Kind", table: "Outbox");
    }
}
