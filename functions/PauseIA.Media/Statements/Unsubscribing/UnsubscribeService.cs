using PauseIA.Media.Common;
using PauseIA.Media.Contacts;
using PauseIA.Media.Statements.DeliveryEvents;

namespace PauseIA.Media.Statements.Unsubscribing;

/// <summary>
/// One-click unsubscribe (RFC 8058). GET only shows a confirmation page, because link scanners and
/// previews fetch links; POST (a mail client's one-click, or the page's form) opts out at once.
/// The token is the only credential: no sign-in.
/// </summary>
public sealed class UnsubscribeService(UnsubscribeTokens tokens, IJournalistContacts contacts, StatementStatsStore stats)
{
    public UnsubscribePage Show(string? token) => tokens.Read(token) switch
    {
        null => UnsubscribePage.Invalid(),
        { Test: true } read => UnsubscribePage.TestLink(read.Language),
        var read => UnsubscribePage.Confirm(Mask(read.Email), read.Language),
    };

    public async Task<UnsubscribePage> ConfirmAsync(string? token, CancellationToken cancellationToken = default)
    {
        var read = tokens.Read(token);
        if (read is null)
        {
            return UnsubscribePage.Invalid();
        }

        if (read.Test)
        {
            return UnsubscribePage.TestLink(read.Language);
        }

        // Counted once per person: a second click finds them already opted out.
        var already = await contacts.SuppressionAsync(read.Email, cancellationToken) is SuppressionReason.OptedOut;
        try
        {
            await contacts.OptOutAsync(read.Email, $"unsubscribe-link:{read.StatementId}", cancellationToken);
        }
        catch (DomainException ex) when (ex.Kind == DomainErrorKind.NotFound)
        {
            // Erased since the mail went out: nobody left to mail, which is what they asked for.
            return UnsubscribePage.Done(Mask(read.Email), read.Language);
        }

        if (!already && StatementStore.IsKey(read.StatementId))
        {
            await stats.AddAsync(read.StatementId, new StatementStats(Unsubscribes: 1), cancellationToken);
        }

        return UnsubscribePage.Done(Mask(read.Email), read.Language);
    }

    /// <summary>A forwarded link should not show the whole address to whoever opens it.</summary>
    private static string Mask(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 1 ? $"*{email[Math.Max(at, 0)..]}" : $"{email[0]}{new string('*', Math.Min(at - 1, 6))}{email[at..]}";
    }
}
