namespace PauseIA.Media.Inquiries;

/// <summary>
/// What the statements feature needs from inquiries: to answer a journalist in their thread and
/// to record that answer in it. Implemented by the inquiries feature.
/// </summary>
public interface IInquiryThreads
{
    /// <summary>The thread to answer in; a <c>DomainException</c> NotFound for an unknown reference.</summary>
    Task<InquiryReplyContext> GetReplyContextAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>Records a message we sent in the inquiry's thread (and indexes its Message-ID for threading).</summary>
    Task RecordOutgoingAsync(string reference, OutgoingThreadMessage message, CancellationToken cancellationToken = default);
}
