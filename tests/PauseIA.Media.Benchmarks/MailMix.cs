namespace PauseIA.Media.Benchmarks;

/// <summary>
/// The inbound scenario's emails: new inquiries, and replies, auto-replies and bounces that answer the
/// acknowledgement of an earlier inquiry (each inquiry is answered once, so none of them is a duplicate).
/// </summary>
public sealed class MailMix(string run, SendGridServer sendGrid)
{
    public static readonly IReadOnlyList<string> Kinds = ["new inquiry", "reply", "auto-reply", "bounce"];

    private readonly Queue<int> answerable = new();
    private int next;

    public List<MixedMail> NewInquiries(int count) => Enumerable.Range(0, count).Select(_ => NewInquiry()).ToList();

    /// <summary>Once their acknowledgements are sent, the new inquiries among <paramref name="mails"/> can be answered.</summary>
    public void Answerable(IEnumerable<MixedMail> mails)
    {
        foreach (var mail in mails.Where(m => m.Journalist is not null))
        {
            answerable.Enqueue(mail.Number);
        }
    }

    public List<MixedMail> OfKind(string kind, int count) => Enumerable.Range(0, count).Select(_ => Make(kind)).ToList();

    /// <summary>40% new inquiries, 25% replies, 20% auto-replies, 15% bounces; new inquiries when nothing is left to answer.</summary>
    public List<MixedMail> Mixed(int count) => Enumerable.Range(0, count).Select(i => (i % 20) switch
    {
        < 8 => Make("new inquiry"),
        < 13 => Make("reply"),
        < 17 => Make("auto-reply"),
        _ => Make("bounce"),
    }).ToList();

    private MixedMail Make(string kind)
    {
        if (kind == "new inquiry" || answerable.Count == 0)
        {
            return NewInquiry();
        }

        var n = answerable.Dequeue();
        var journalist = InboundMail.Journalist(run, n);
        var acknowledgement = sendGrid.AcknowledgementTo(journalist) ?? throw new InvalidOperationException($"{journalist} was never acknowledged.");
        return kind switch
        {
            "reply" => new MixedMail(kind, n, InboundMail.Reply(run, n, acknowledgement), journalist, null),
            "auto-reply" => new MixedMail(kind, n, InboundMail.AutoReply(run, n, acknowledgement), journalist, null),
            _ => new MixedMail(kind, n, InboundMail.Bounce(run, n, acknowledgement), InboundMail.MailerDaemon(n), null),
        };
    }

    private MixedMail NewInquiry()
    {
        var n = next++;
        var journalist = InboundMail.Journalist(run, n);
        return new MixedMail("new inquiry", n, InboundMail.NewInquiry(run, n), journalist, journalist);
    }
}
