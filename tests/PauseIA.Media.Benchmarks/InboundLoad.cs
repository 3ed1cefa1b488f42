namespace PauseIA.Media.Benchmarks;

/// <summary>
/// How the inbound scenario's mail arrives. No sender posts a thousand emails at the same instant:
/// SendGrid Inbound Parse, like any MTA, delivers over a bounded number of concurrent connections, each
/// posting its next email once the last is answered. So the webhook is judged under
/// <see cref="Senders"/> such connections, the acknowledgement under arrivals the processing can keep up
/// with (<see cref="Rate"/> a second), and the burst of all <see cref="Emails"/> at once is reported as
/// throughput and drain time only. A press office is mostly quiet, so <see cref="Quiet"/> inquiries also
/// arrive one at a time after the queue's poller has backed off to host.json's <c>maxPollingInterval</c>:
/// the acknowledgement's usual case.
/// </summary>
/// <param name="Emails">The emails of each phase.</param>
/// <param name="Senders">
/// Concurrent senders. SendGrid does not publish how many connections Inbound Parse opens; Postfix's
/// <c>default_destination_concurrency_limit</c>, the usual bound of parallel deliveries to one
/// destination, is 20 (postconf(5)).
/// </param>
/// <param name="Rate">
/// Arrivals a second in the paced phase: 20 a second is 72,000 an hour, a hundred times the "hundreds of
/// inquiries in an hour" of a summit day, and within what two cores process.
/// </param>
/// <param name="Quiet">New inquiries arriving alone, each after a quiet spell.</param>
public sealed record InboundLoad(int Emails = InboundLoad.DefaultEmails, int Senders = InboundLoad.DefaultSenders, int Rate = InboundLoad.DefaultRate, int Quiet = InboundLoad.DefaultQuiet)
{
    public const int DefaultQuiet = 8;

    public const int DefaultEmails = 1_000;
    public const int DefaultSenders = 20;
    public const int DefaultRate = 20;
}
