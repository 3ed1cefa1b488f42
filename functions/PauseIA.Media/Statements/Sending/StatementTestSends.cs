using PauseIA.Media.Common;
using PauseIA.Media.Email;
using PauseIA.Media.Identity;
using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Statements.Sending;

/// <summary>
/// A test send: the real email, built by the same code as the send, to the signed-in member only
/// (a team member, never a journalist), subject prefixed "[TEST]", its unsubscribe link inert. Allowed
/// from review on, so that the reviewers see what journalists would receive, and until the send.
/// </summary>
public sealed class StatementTestSends(
    StatementStore store,
    StatementContentLoader loader,
    StatementAudiences audiences,
    StatementMessageBuilder builder,
    MailSender mail,
    MailSends sends,
    StatementTimeline timeline,
    TimeProvider time)
{
    /// <summary>The version in <paramref name="language"/>, or by default the one the member would receive as a journalist of their language.</summary>
    public async Task<TestSendResult> SendAsync(string id, TeamMember member, string? language = null, CancellationToken cancellationToken = default)
    {
        var statement = (await store.GetAsync(id, cancellationToken)).Statement;
        if (!StatementViews.AllowsTestSend(statement.State))
        {
            throw DomainException.Conflict(
                "L'envoi de test est possible de la relecture jusqu'à l'envoi. / A test send is possible from review until the send.");
        }

        var content = await loader.LoadAsync(id, statement.Version, cancellationToken);
        var version = content.Texts.In(language ?? StatementLanguages.For(member.Language, content.Texts.Primary.Language, content.Texts.Languages));
        var now = time.GetUtcNow();
        var thread = statement.Inquiry is { } reference ? await audiences.ReplyContextAsync(reference, cancellationToken) : null;
        var messageId = mail.NewMessageId();
        var message = builder.Build(
            new StatementMessage(statement, content, statement.ShowsEmbargoLine(now), true, thread, Language: version.Language),
            [new MessageRecipient(member.Email, member.DisplayName, messageId)]);
        var send = await sends.SendAsync(message, MailKind.StatementTest, id, messageId, interactive: true, cancellationToken);
        if (send.State != MailSendState.Sent)
        {
            throw DomainException.Conflict(send.State == MailSendState.Unknown
                ? "Issue de l'envoi de test inconnue : il est peut-être parti ; voyez « Envois à vérifier ». / The test send's outcome is unknown: it may have left."
                : $"SendGrid a refusé l'envoi de test ({send.Error}) : rien n'est parti, réessayez. / SendGrid refused the test send: nothing was sent.");
        }

        await timeline.AppendAsync(id, new StatementEvent(StatementEventKind.TestSent, member.Email, now)
        {
            Version = statement.Version,
            Detail = $"to {member.Email}, {version.Language}",
        }, cancellationToken);
        return new TestSendResult(member.Email, message.Subject, statement.Version, content.ContentHash, version.Language);
    }
}
