using System.Net.Http.Headers;
using PauseIA.Media.Tests.Inquiries;
using PauseIA.Media.Tests.Inquiries.Processing;

namespace PauseIA.Media.Tests.Guarantees;

/// <summary>One journalist's email to the press inbox, and SendGrid's Inbound Parse post of it (raw or parsed mode).</summary>
public sealed record JournalistMail(string MessageId, string Sender, byte[] Eml, bool Parsed)
{
    private const string Secret = "local-dev-secret";

    /// <summary><paramref name="count"/> emails from as many journalists, every other one posted in parsed mode.</summary>
    public static IReadOnlyList<JournalistMail> Many(int count, string tag) => Enumerable.Range(1, count).Select(i =>
    {
        var sender = $"journaliste{i}.{tag}@media{i % 7}.fr";
        var messageId = $"mail-{i}.{tag}@media{i % 7}.fr";
        return new JournalistMail(messageId, sender, TestMail.Eml($"Journaliste {i} <{sender}>", $"Demande {i} {tag}", $"Question {i} pour le porte-parole.", messageId), Parsed: i % 2 == 0);
    }).ToList();

    /// <summary>Posts the mail to the webhook as SendGrid does, and answers the status it got.</summary>
    public async Task<int> PostAsync(HttpClient anonymous)
    {
        var post = Parsed ? InboundPosts.Parsed(Eml) : InboundPosts.Raw(Eml);
        using var content = new ByteArrayContent(post.Body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(post.ContentType);
        using var response = await anonymous.PostAsync(new Uri($"/api/inbound/sendgrid?key={Secret}", UriKind.Relative), content);
        return (int)response.StatusCode;
    }
}
