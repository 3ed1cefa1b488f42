using System.Net;

namespace PauseIA.Media.Email;

/// <summary>SendGrid refused or failed a send; <see cref="RetryAfter"/> is set when it said when to come back.</summary>
public sealed class MailDeliveryException(HttpStatusCode status, string body, TimeSpan? retryAfter)
    : Exception($"SendGrid answered {(int)status}: {body}")
{
    public HttpStatusCode Status { get; } = status;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    public bool IsTransient => Status == HttpStatusCode.TooManyRequests || (int)Status >= 500;
}
