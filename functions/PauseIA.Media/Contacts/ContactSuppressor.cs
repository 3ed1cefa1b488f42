using PauseIA.Media.Common;
using PauseIA.Media.Contacts.Privacy;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Contacts;

/// <summary>
/// Opt-outs and hard bounces, and lifting them. The suppression list is written before the contact,
/// so that whatever fails in between, the address stays out of every send; only an Admin lifts one,
/// with a reason, and that is both in the timeline and in the audit log.
/// </summary>
public sealed class ContactSuppressor(
    ContactStore store,
    ContactTimeline timeline,
    SuppressionList suppression,
    ContactAuditLog audit,
    TimeProvider time)
{
    /// <summary>Records an opt-out for the address, contact or not (an unsubscribe link, a SendGrid event, a request by phone).</summary>
    public async Task OptOutAsync(string email, string source, string? actor, CancellationToken cancellationToken = default)
    {
        var address = ContactEmail.Normalize(email);
        var now = time.GetUtcNow();
        await suppression.AddAsync(address, SuppressionReason.OptedOut, source, now, cancellationToken);
        var changed = await store.UpdateAsync(address, c => c.OptedOut ? null : c with { OptedOut = true, OptedOutAt = now, OptOutSource = source, UpdatedAt = now }, cancellationToken);
        if (changed is not null)
        {
            await timeline.AppendAsync(address, new ContactActivity(ContactActivityKind.OptedOut, $"Désinscrit ({source}). / Opted out.", null, actor, now), cancellationToken);
        }
    }

    /// <summary>A team member records an opt-out they were told of (any member who can see the contact may: it only ever stops mail).</summary>
    public async Task<Contact> OptOutByMemberAsync(TeamMember member, string email, string? note, CancellationToken cancellationToken = default)
    {
        var contact = await store.GetAsync(ContactEmail.Normalize(email), cancellationToken);
        ContactAccess.EnsureCity(member, contact.City);
        var source = ContactValidator.Line(note) is { } text ? $"équipe : {text}" : "équipe";
        await OptOutAsync(contact.Email, source, member.Email, cancellationToken);
        return await store.GetAsync(contact.Email, cancellationToken);
    }

    public async Task MarkHardBouncedAsync(string email, string reason, CancellationToken cancellationToken = default)
    {
        var address = ContactEmail.Normalize(email);
        var now = time.GetUtcNow();
        var why = ContactValidator.Line(reason) ?? "hard bounce";
        await suppression.AddAsync(address, SuppressionReason.HardBounce, why, now, cancellationToken);
        var changed = await store.UpdateAsync(address, c => c.HardBounced ? null : c with { HardBounced = true, BouncedAt = now, BounceReason = why, UpdatedAt = now }, cancellationToken);
        if (changed is not null)
        {
            await timeline.AppendAsync(address, new ContactActivity(ContactActivityKind.Bounced, $"Rebond définitif : {why}. / Hard bounce.", null, null, now), cancellationToken);
        }
    }

    /// <summary>Lifts an opt-out or a hard bounce: an Admin only, with a reason.</summary>
    public async Task<Contact> LiftAsync(TeamMember member, string email, SuppressionReason reason, string? why, CancellationToken cancellationToken = default)
    {
        if (!member.HasRole(TeamRole.Admin))
        {
            throw DomainException.Forbidden("Seul un administrateur peut lever une désinscription ou un rebond. / Only an Admin can lift a suppression.");
        }

        if (reason is not (SuppressionReason.OptedOut or SuppressionReason.HardBounce))
        {
            throw DomainException.BadRequest("Seuls optedOut et hardBounce se lèvent ; un effacement est définitif. / Only optedOut or hardBounce can be lifted.");
        }

        var justification = ContactValidator.Line(why) ?? throw DomainException.BadRequest("Motif requis (reason). / A reason is required.");
        var contact = await store.GetAsync(ContactEmail.Normalize(email), cancellationToken);
        if (reason == SuppressionReason.OptedOut ? !contact.OptedOut : !contact.HardBounced)
        {
            throw DomainException.Conflict($"{contact.Email} n'est pas {(reason == SuppressionReason.OptedOut ? "désinscrit" : "en rebond")}. / Nothing to lift.");
        }

        var now = time.GetUtcNow();
        await suppression.LiftAsync(contact.Email, reason, cancellationToken);
        var lifted = await store.UpdateAsync(
            contact.Email,
            c => reason == SuppressionReason.OptedOut
                ? c with { OptedOut = false, OptedOutAt = null, OptOutSource = null, UpdatedAt = now }
                : c with { HardBounced = false, BouncedAt = null, BounceReason = null, UpdatedAt = now },
            cancellationToken) ?? throw ContactStore.NotFound(contact.Email);
        var what = reason == SuppressionReason.OptedOut ? "Désinscription levée" : "Rebond levé";
        await timeline.AppendAsync(contact.Email, new ContactActivity(ContactActivityKind.OptOutLifted, $"{what} : {justification}. / Suppression lifted.", null, member.Email, now), cancellationToken);
        await audit.AppendAsync(ContactAuditAction.SuppressionLifted, member.Email, contact.Email, $"{what} : {justification}", cancellationToken);
        return lifted;
    }
}
