using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using PauseIA.Media.Common;
using PauseIA.Media.Email;
using PauseIA.Media.Inquiries.Mail;

namespace PauseIA.Media.Inquiries;

/// <summary>
/// The rows of an inquiry (keys in <see cref="InquiryKeys"/>): the head, its list rows (copies of the
/// head), its messages and its timeline, mapped by hand to and from the domain records.
/// </summary>
public static class InquiryEntities
{
    private const int MaxTextChars = 100_000;

    private const int MaxHtmlChars = 200_000;

    public static TableEntity Head(Inquiry inquiry)
    {
        var entity = new TableEntity(InquiryKeys.Partition, InquiryKeys.HeadRow(inquiry.Reference))
        {
            ["Reference"] = inquiry.Reference,
            ["Lists"] = Json(InquiryKeys.ListsOf(inquiry)),
            ["Status"] = inquiry.Status.ToString(),
            ["Subject"] = Truncate(inquiry.Subject, 2000),
            ["JournalistEmail"] = inquiry.Journalist.Email,
            ["JournalistName"] = inquiry.Journalist.Name,
            ["Outlet"] = inquiry.Outlet is null ? null : Json(inquiry.Outlet),
            ["City"] = inquiry.City,
            ["Language"] = inquiry.Language,
            ["DeadlineUtc"] = inquiry.Deadline?.Utc,
            ["DeadlinePhrase"] = inquiry.Deadline?.Phrase,
            ["DeadlineTimeZone"] = inquiry.Deadline?.TimeZone,
            ["Urgent"] = inquiry.Urgent,
            ["UrgencyReason"] = inquiry.UrgencyReason,
            ["Priority"] = inquiry.Priority.ToString(),
            ["Assignee"] = inquiry.Assignee,
            ["Watchers"] = Json(inquiry.Watchers),
            ["RoutingRule"] = inquiry.RoutingRule,
            ["RoutingReason"] = inquiry.RoutingReason,
            ["StatementId"] = inquiry.StatementId,
            ["RelatedReference"] = inquiry.RelatedReference,
            ["ForwardedBy"] = inquiry.ForwardedBy,
            ["ReceivedAt"] = inquiry.ReceivedAt,
            ["LastMessageAt"] = inquiry.LastMessageAt,
            ["AnsweredAt"] = inquiry.AnsweredAt,
            ["ClosedAt"] = inquiry.ClosedAt,
            ["Acknowledged"] = inquiry.Acknowledged,
            ["EscalatedAt"] = inquiry.EscalatedAt,
            ["OwedSince"] = inquiry.OwedSince,
        };
        if (inquiry.Version is not null)
        {
            entity.ETag = new ETag(inquiry.Version);
        }

        return entity;
    }

    /// <summary>A copy of the head under one of its list keys, so that a page of a list reads no head.</summary>
    public static TableEntity ListRow(TableEntity head, string rowKey)
    {
        var row = new TableEntity(InquiryKeys.Partition, rowKey);
        foreach (var (name, value) in head.Where(p => p.Key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag" or "Lists")))
        {
            row[name] = value;
        }

        return row;
    }

    public static Inquiry ToInquiry(TableEntity e) => new()
    {
        Reference = e.GetString("Reference") ?? "",
        Status = Enum.TryParse<InquiryStatus>(e.GetString("Status"), out var status) ? status : InquiryStatus.New,
        Subject = e.GetString("Subject") ?? "",
        Journalist = new MailAddress(e.GetString("JournalistEmail") ?? "", e.GetString("JournalistName")),
        Outlet = FromJson<InquiryOutlet>(e.GetString("Outlet")),
        City = e.GetString("City"),
        Language = e.GetString("Language") ?? "fr",
        Deadline = e.GetDateTimeOffset("DeadlineUtc") is { } utc ? new InquiryDeadline(utc, e.GetString("DeadlinePhrase") ?? "", e.GetString("DeadlineTimeZone") ?? "Europe/Paris") : null,
        Urgent = e.GetBoolean("Urgent") ?? false,
        UrgencyReason = e.GetString("UrgencyReason"),
        Priority = Enum.TryParse<InquiryPriority>(e.GetString("Priority"), out var priority) ? priority : InquiryPriority.Normal,
        Assignee = e.GetString("Assignee"),
        Watchers = FromJson<List<string>>(e.GetString("Watchers")) ?? [],
        RoutingRule = e.GetString("RoutingRule") ?? "",
        RoutingReason = e.GetString("RoutingReason") ?? "",
        StatementId = e.GetString("StatementId"),
        RelatedReference = e.GetString("RelatedReference"),
        ForwardedBy = e.GetString("ForwardedBy"),
        ReceivedAt = e.GetDateTimeOffset("ReceivedAt") ?? default,
        LastMessageAt = e.GetDateTimeOffset("LastMessageAt") ?? default,
        AnsweredAt = e.GetDateTimeOffset("AnsweredAt"),
        ClosedAt = e.GetDateTimeOffset("ClosedAt"),
        Acknowledged = e.GetBoolean("Acknowledged") ?? false,
        EscalatedAt = e.GetDateTimeOffset("EscalatedAt"),
        OwedSince = e.GetDateTimeOffset("OwedSince"),
        Version = e.ETag.ToString(),
        ListedAs = FromJson<List<string>>(e.GetString("Lists")),
    };

    public static TableEntity Message(string reference, InquiryMessage message)
    {
        var entity = new TableEntity(InquiryKeys.Partition, InquiryKeys.MessageRow(reference, message.Id))
        {
            ["Direction"] = message.Direction.ToString(),
            ["Kind"] = message.Kind.ToString(),
            ["MessageId"] = message.MessageId,
            ["FromEmail"] = message.From.Email,
            ["FromName"] = message.From.Name,
            ["To"] = Json(message.To),
            ["Cc"] = Json(message.Cc),
            ["Subject"] = Truncate(message.Subject, 2000),
            ["At"] = message.At,
            ["Attachments"] = Json(message.Attachments),
            ["ArchiveKey"] = message.ArchiveKey,
            ["Author"] = message.Author,
            ["StatementId"] = message.StatementId,
        };
        var problems = message.Problems.ToList();
        if (LongText.Write(entity, "Text", message.Text, MaxTextChars))
        {
            problems.Add("Texte tronqué : l'original complet est archivé. / Text truncated.");
        }

        if (message.Html is { Length: > MaxHtmlChars })
        {
            // A cut HTML document is broken markup; the text stands in for it.
            problems.Add("HTML trop long, non conservé : l'original complet est archivé. / HTML too long, not kept.");
        }
        else
        {
            LongText.Write(entity, "Html", message.Html, MaxHtmlChars);
        }

        entity["Problems"] = Json(problems);
        return entity;
    }

    public static InquiryMessage ToMessage(TableEntity e) => new()
    {
        Id = InquiryKeys.MessageId(e.RowKey),
        Direction = Enum.TryParse<MessageDirection>(e.GetString("Direction"), out var direction) ? direction : MessageDirection.Inbound,
        Kind = Enum.TryParse<InquiryMessageKind>(e.GetString("Kind"), out var kind) ? kind : InquiryMessageKind.JournalistReply,
        MessageId = e.GetString("MessageId"),
        From = new MailAddress(e.GetString("FromEmail") ?? "", e.GetString("FromName")),
        To = FromJson<List<MailAddress>>(e.GetString("To")) ?? [],
        Cc = FromJson<List<MailAddress>>(e.GetString("Cc")) ?? [],
        Subject = e.GetString("Subject") ?? "",
        At = e.GetDateTimeOffset("At") ?? default,
        Text = LongText.Read(e, "Text") ?? "",
        Html = LongText.Read(e, "Html"),
        Attachments = FromJson<List<InboundAttachment>>(e.GetString("Attachments")) ?? [],
        ArchiveKey = e.GetString("ArchiveKey"),
        Author = e.GetString("Author"),
        StatementId = e.GetString("StatementId"),
        Problems = FromJson<List<string>>(e.GetString("Problems")) ?? [],
    };

    public static TableEntity Event(string reference, InquiryEvent item) =>
        new(InquiryKeys.Partition, InquiryKeys.EventRow(reference, item.At, item.Id))
        {
            ["At"] = item.At,
            ["Kind"] = item.Kind.ToString(),
            ["Actor"] = item.Actor,
            ["Text"] = Truncate(item.Text, 8000),
        };

    public static InquiryEvent ToEvent(TableEntity e) => new(
        e.RowKey[(e.RowKey.LastIndexOf('-') + 1)..],
        e.GetDateTimeOffset("At") ?? default,
        Enum.TryParse<InquiryEventKind>(e.GetString("Kind"), out var kind) ? kind : InquiryEventKind.Note,
        e.GetString("Actor"),
        e.GetString("Text") ?? "");

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, JsonDefaults.Options);

    private static T? FromJson<T>(string? json)
        where T : class => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<T>(json, JsonDefaults.Options);
}
