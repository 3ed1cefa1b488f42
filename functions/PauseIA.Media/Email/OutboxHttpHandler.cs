using System.Net;

namespace PauseIA.Media.Email;

/// <summary>
/// Stands where SendGrid's API would: the real <c>SendGridClient</c> serializes the request and
/// this handler keeps it in the outbox and answers 202 as SendGrid does. Nothing leaves the machine.
/// </summary>
public sealed class OutboxHttpHandler(OutboxStore outbox) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Post || request.RequestUri?.AbsolutePath.EndsWith("/mail/send", StringComparison.Ordinal) != true || request.Content is null)
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request };
        }

        var entry = await outbox.SaveAsync(await request.Content.ReadAsStringAsync(cancellationToken), cancellationToken);
        var response = new HttpResponseMessage(HttpStatusCode.Accepted) { RequestMessage = request };
        response.Headers.Add("X-Message-Id", entry.Id);
        return response;
    }
}
