using System.Text.Json;

namespace PauseIA.Media.Statements.DeliveryEvents;

/// <summary>One event of SendGrid's Event Webhook, with our <c>custom_args</c> (which SendGrid puts at the top level).</summary>
public sealed record DeliveryEvent(
    string? Id,
    string Event,
    string? Email,
    string? StatementId,
    int? Batch,
    string? Type,
    string? Reason,
    string? Url,
    DateTimeOffset At,
    string? SendId = null,
    string? RelatedId = null)
{
    public static DeliveryEvent Read(JsonElement e)
    {
        string? Text(string name) => e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var at = e.TryGetProperty("timestamp", out var ts) && ts.ValueKind == JsonValueKind.Number && ts.TryGetInt64(out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.UnixEpoch;
        var email = Text("contact") ?? Text("email");
        return new DeliveryEvent(
            Text("sg_event_id"),
            Text("event") ?? "",
            email?.Trim().ToLowerInvariant(),
            Text("statementId"),
            int.TryParse(Text("batch"), out var batch) ? batch : null,
            Text("type"),
            Text("reason") ?? Text("response"),
            Text("url"),
            at,
            Text("sendId"),
            Text("relatedId"));
    }
}
