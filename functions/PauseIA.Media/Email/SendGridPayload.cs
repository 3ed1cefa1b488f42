using System.Text.Json.Nodes;
using MimeKit;

namespace PauseIA.Media.Email;

/// <summary>
/// Reads a v3 <c>mail/send</c> body as SendGrid would: one message per personalization, with
/// its substitutions applied and its headers over the message's. Used to render the outbox's
/// <c>.eml</c> files, so what we look at is what a journalist would have received.
/// </summary>
public sealed class SendGridPayload(JsonObject root)
{
    public static SendGridPayload Parse(string json) =>
        new(JsonNode.Parse(json) as JsonObject ?? throw new FormatException("The mail/send body is not a JSON object."));

    public string Subject => (string?)root["subject"] ?? "";

    public string From => (string?)root["from"]?["email"] ?? "";

    /// <summary>A custom argument of the message, or else of its first personalization (where the C# helper puts them).</summary>
    public string? CustomArg(string name) =>
        (string?)root["custom_args"]?[name] ?? Personalizations.Select(p => (string?)p["custom_args"]?[name]).FirstOrDefault(v => v is not null);

    public IReadOnlyList<string> Recipients =>
        Personalizations.SelectMany(p => Addresses(p["to"]).Concat(Addresses(p["cc"])).Concat(Addresses(p["bcc"]))).Select(a => a.Address).ToList();

    /// <summary>The message's headers with its first personalization's over them (where the C# helper puts them).</summary>
    public IReadOnlyDictionary<string, string> Headers =>
        Merge(StringMap(root["headers"]), StringMap(Personalizations.FirstOrDefault()?["headers"]));

    public int PersonalizationCount => Personalizations.Count();

    private IEnumerable<JsonObject> Personalizations => (root["personalizations"] as JsonArray ?? []).OfType<JsonObject>();

    public IReadOnlyList<MimeMessage> ToMimeMessages() => Personalizations.Select(ToMimeMessage).ToList();

    private MimeMessage ToMimeMessage(JsonObject personalization)
    {
        var substitutions = StringMap(personalization["substitutions"]);
        string Apply(string text) => substitutions.Aggregate(text, (current, s) => current.Replace(s.Key, s.Value, StringComparison.Ordinal));

        var message = new MimeMessage();
        message.From.Add(Mailbox(root["from"]));
        message.To.AddRange(Addresses(personalization["to"]));
        message.Cc.AddRange(Addresses(personalization["cc"]));
        message.Bcc.AddRange(Addresses(personalization["bcc"]));
        if (root["reply_to"] is JsonObject replyTo)
        {
            message.ReplyTo.Add(Mailbox(replyTo));
        }

        message.Subject = Apply((string?)personalization["subject"] ?? Subject);
        foreach (var (name, value) in Merge(StringMap(root["headers"]), StringMap(personalization["headers"])))
        {
            message.Headers[name] = Apply(value);
        }

        var body = new BodyBuilder();
        foreach (var content in (root["content"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var value = Apply((string?)content["value"] ?? "");
            if ((string?)content["type"] == "text/html")
            {
                body.HtmlBody = value;
            }
            else
            {
                body.TextBody = value;
            }
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    private static Dictionary<string, string> Merge(Dictionary<string, string> message, Dictionary<string, string> personalization)
    {
        foreach (var (name, value) in personalization)
        {
            message[name] = value;
        }

        return message;
    }

    private static MailboxAddress Mailbox(JsonNode? node) => new((string?)node?["name"] ?? "", (string?)node?["email"] ?? "");

    private static IEnumerable<MailboxAddress> Addresses(JsonNode? node) => (node as JsonArray ?? []).Select(Mailbox);

    private static Dictionary<string, string> StringMap(JsonNode? node) =>
        (node as JsonObject ?? []).ToDictionary(p => p.Key, p => p.Value?.ToString() ?? "", StringComparer.OrdinalIgnoreCase);
}
