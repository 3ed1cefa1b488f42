using System.Collections.Concurrent;
using PauseIA.Media.Common;
using PauseIA.Media.Inquiries;

namespace PauseIA.Media.Tests.Statements.Fakes;

/// <summary>Inquiry threads in memory, recording the answers recorded in them.</summary>
public sealed class FakeInquiryThreads : IInquiryThreads
{
    private readonly ConcurrentDictionary<string, InquiryReplyContext> threads = new(StringComparer.Ordinal);

    public ConcurrentQueue<(string Reference, OutgoingThreadMessage Message)> Recorded { get; } = new();

    public void Add(InquiryReplyContext context) => threads[context.Reference] = context;

    public Task<InquiryReplyContext> GetReplyContextAsync(string reference, CancellationToken cancellationToken = default) =>
        threads.TryGetValue(reference, out var context)
            ? Task.FromResult(context)
            : throw DomainException.NotFound($"Demande introuvable : {reference}.");

    public Task RecordOutgoingAsync(string reference, OutgoingThreadMessage message, CancellationToken cancellationToken = default)
    {
        Recorded.Enqueue((reference, message));
        return Task.CompletedTask;
    }
}
