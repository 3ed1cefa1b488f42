using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Statements.Sending;

namespace PauseIA.Media.Functions.Statements;

/// <summary>After the send: its progress and delivery statistics, and the statement of record.</summary>
public sealed class StatementReportFunctions(StatementSendReports reports, StatementRecords records)
{
    [Function("StatementStats")]
    [RequireRoles]
    public async Task<IActionResult> Stats([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/statements/{id}/stats")] HttpRequest request, string id) =>
        new OkObjectResult(await reports.GetAsync(id, request.HttpContext.RequestAborted));

    /// <summary>The record exactly as stored, as a download.</summary>
    [Function("StatementRecord")]
    [RequireRoles]
    public async Task<IActionResult> Record([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/statements/{id}/record")] HttpRequest request, string id)
    {
        var record = await records.ReadAsync(id, request.HttpContext.RequestAborted);
        return Encoding.UTF8.GetBytes(record).AsDownload($"statement-{id}-record.json", "application/json; charset=utf-8");
    }
}
