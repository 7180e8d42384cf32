using Microsoft.Playwright;

namespace PciBot.Tests.Dashboard;

/// <summary>Reads the overview's tables as the browser shows them.</summary>
internal static class TabTables
{
    /// <summary>Each row's key (its data attribute) with its counts by status key ("overdue", "done-on-time"…).</summary>
    public static Task<Dictionary<string, Dictionary<string, int>>> CountsAsync(IPage page, string table, string key) =>
        page.EvaluateAsync<Dictionary<string, Dictionary<string, int>>>(
            """
            ([table, key]) => Object.fromEntries([...document.querySelectorAll(`#${table} tbody tr`)].map(row => [
              row.dataset[key],
              Object.fromEntries([...row.querySelectorAll('td[data-status]')].map(cell => [cell.dataset.status, Number(cell.textContent.trim())]))]))
            """,
            new[] { table, key });
}
