using PauseIA.Media.Common;
using PauseIA.Media.Contacts.Privacy;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Contacts.Duplicates;

/// <summary>
/// Merges two contacts of one person. The kept contact takes the other's values where it has
/// none, both notes, all beats and both timelines; an opt-out of either carries over (it is the
/// person's wish), a bounce does not (it belongs to an address). The kept contact is written
/// first, so a failure later leaves a duplicate, never a loss.
/// </summary>
public sealed class ContactMerger(
    ContactStore store,
    ContactTimeline timeline,
    SuppressionList suppression,
    ContactAuditLog audit,
    TimeProvider time)
{
    public async Task<Contact> MergeAsync(TeamMember member, MergeRequest request, CancellationToken cancellationToken = default)
    {
        ContactAccess.EnsurePressTeam(member);
        if (string.IsNullOrWhiteSpace(request.Keep) || string.IsNullOrWhiteSpace(request.Merge))
        {
            throw DomainException.BadRequest("Indiquez keep et merge. / Both keep and merge are required.");
        }

        var keepEmail = ContactEmail.Normalize(request.Keep);
        var mergeEmail = ContactEmail.Normalize(request.Merge);
        if (keepEmail == mergeEmail)
        {
            throw DomainException.BadRequest("Un contact ne se fusionne pas avec lui-même. / Cannot merge a contact into itself.");
        }

        // A merge decided on what the person compared: without both versions it could fold in an edit they never saw.
        if (string.IsNullOrWhiteSpace(request.KeepETag) || string.IsNullOrWhiteSpace(request.MergeETag))
        {
            throw DomainException.BadRequest("Indiquez keepEtag et mergeEtag, les versions comparées. / keepEtag and mergeEtag, the versions compared, are required.");
        }

        var keep = await store.GetAsync(keepEmail, cancellationToken);
        var merge = await store.GetAsync(mergeEmail, cancellationToken);
        if (request.KeepETag != keep.ETag || request.MergeETag != merge.ETag)
        {
            throw new ExpectedVersion(request.KeepETag, false).Stale();
        }

        var now = time.GetUtcNow();
        var fields = keep.Fields.FillBlanksFrom(merge.Fields) with { Notes = JoinNotes(keep.Notes, merge.Notes) };
        var optOut = merge.OptedOut && !keep.OptedOut;
        if (optOut)
        {
            await suppression.AddAsync(keepEmail, SuppressionReason.OptedOut, $"fusion avec {mergeEmail}", now, cancellationToken);
        }

        var merged = keep.With(fields) with
        {
            OptedOut = keep.OptedOut || merge.OptedOut,
            OptedOutAt = keep.OptedOutAt ?? merge.OptedOutAt,
            OptOutSource = keep.OptOutSource ?? merge.OptOutSource,
            LastActivityAt = now,
            ReviewFlaggedAt = null,
            PrivacyNoticeSentAt = keep.PrivacyNoticeSentAt ?? merge.PrivacyNoticeSentAt,
            UpdatedAt = now,
        };
        var stored = await store.TryReplaceAsync(merged, cancellationToken) ?? throw new ExpectedVersion(keep.ETag!, false).Stale();
        await timeline.MoveAsync(merge, keepEmail, cancellationToken);
        await timeline.AppendAsync(keepEmail, new ContactActivity(ContactActivityKind.Merged, $"Fusionné avec {mergeEmail}. / Merged.", null, member.Email, now), cancellationToken);
        if (!await store.TryDeleteAsync(mergeEmail, merge.ETag, cancellationToken))
        {
            throw DomainException.Conflict($"{mergeEmail} a changé pendant la fusion et n'a pas été supprimé : relancez la fusion. / The merged contact changed; merge again.");
        }

        await audit.AppendAsync(ContactAuditAction.Merged, member.Email, keepEmail, $"Doublon fusionné dans ce contact (sujet {suppression.Hash(mergeEmail)[..12]}…).", cancellationToken);
        return stored;
    }

    private static string? JoinNotes(string? keep, string? merge) =>
        keep is null ? merge : merge is null || keep.Contains(merge, StringComparison.Ordinal) ? keep : $"{keep}\n{merge}";
}
