using Azure;
using Azure.Data.Tables;

namespace PauseIA.Media.Contacts;

/// <summary>A row of the <c>contactactivity</c> table: one timeline entry (keys: see <see cref="ContactKeys"/>).</summary>
public sealed class ActivityEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Email { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Summary { get; set; } = "";

    public string? RelatedId { get; set; }

    public string? Actor { get; set; }

    public DateTimeOffset At { get; set; }

    public static ActivityEntity From(string email, ContactActivity activity, string id) => new()
    {
        PartitionKey = ContactKeys.Partition(email),
        RowKey = ContactKeys.ActivityRow(email, activity.At, id),
        Email = email,
        Kind = activity.Kind.ToString(),
        Summary = activity.Summary,
        RelatedId = activity.RelatedId,
        Actor = activity.Actor,
        At = activity.At,
    };

    public ContactActivity ToActivity() => new(
        Enum.TryParse<ContactActivityKind>(Kind, out var kind) ? kind : ContactActivityKind.Edited,
        Summary,
        RelatedId,
        Actor,
        At);
}
