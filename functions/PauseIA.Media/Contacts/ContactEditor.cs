using System.Text.Json;
using System.Text.Json.Nodes;
using PauseIA.Media.Common;
using PauseIA.Media.Contacts.Privacy;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Contacts;

/// <summary>
/// Creating, editing and deleting contacts as a team member. Every edit names the version it
/// was made on and is refused if the contact changed since; each change lands in the timeline.
/// </summary>
public sealed class ContactEditor(
    ContactStore store,
    ContactTimeline timeline,
    ContactValidator validator,
    SuppressionList suppression,
    ContactAuditLog audit,
    TimeProvider time)
{
    public async Task<Contact> CreateAsync(TeamMember member, ContactInput input, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(input.Email))
        {
            throw DomainException.BadRequest("Adresse e-mail requise. / Email is required.");
        }

        var email = ContactEmail.Normalize(input.Email);
        var fields = validator.Validate(input);
        ContactAccess.EnsureCity(member, fields.City);
        var suppressed = await suppression.FindAsync(email, cancellationToken);
        if (suppressed?.Erased == true)
        {
            throw DomainException.Conflict("Cette adresse a été effacée à la demande de la personne (RGPD) : elle ne peut pas être ajoutée. / This address was erased at the person's request and cannot be added again.");
        }

        var now = time.GetUtcNow();
        return await store.AddAsync(
            Contact.New(email, fields with { Owner = fields.Owner ?? member.Email }, ContactSource.Manual, now, suppressed, createdBy: member.Email),
            cancellationToken);
    }

    public async Task<Contact> ReplaceAsync(TeamMember member, string email, ContactInput input, ExpectedVersion version, CancellationToken cancellationToken = default)
    {
        var current = await Current(member, email, cancellationToken);
        if (input.Email is not null && ContactEmail.Normalize(input.Email) != current.Email)
        {
            throw DomainException.BadRequest("L'adresse ne se modifie pas : ajoutez la nouvelle puis fusionnez. / The address cannot change: add the new one, then merge.");
        }

        return await SaveAsync(member, current, validator.Validate(input), version, cancellationToken);
    }

    /// <summary>
    /// A JSON merge patch (RFC 7396): the fields present replace the current ones, a null clears one,
    /// the others stay. Applied to the version the client names, so it never merges into an unseen state.
    /// </summary>
    public async Task<Contact> PatchAsync(TeamMember member, string email, JsonObject patch, ExpectedVersion version, CancellationToken cancellationToken = default)
    {
        var current = await Current(member, email, cancellationToken);
        // The contact as the API shows it, patched, read back as input: the fields it shows that no one edits are ignored, as in a PUT.
        var document = JsonSerializer.SerializeToNode(current, JsonDefaults.Options)!.AsObject();
        foreach (var (name, value) in patch)
        {
            var key = document.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)) ?? name;
            document[key] = value?.DeepClone();
        }

        ContactInput input;
        try
        {
            input = document.Deserialize<ContactInput>(JsonDefaults.Options)!;
        }
        catch (JsonException ex)
        {
            throw DomainException.BadRequest($"Champ invalide : {ex.Path} ({ex.Message}) / Invalid field.");
        }

        if (input.Email is null || ContactEmail.Normalize(input.Email) != current.Email)
        {
            throw DomainException.BadRequest("L'adresse ne se modifie pas : ajoutez la nouvelle puis fusionnez. / The address cannot change: add the new one, then merge.");
        }

        return await SaveAsync(member, current, validator.Validate(input), version, cancellationToken);
    }

    /// <summary>
    /// Removes the contact and its timeline, without suppressing the address (that is erasure). Only the version read
    /// is deleted: an edit made since would be lost with it.
    /// </summary>
    public async Task DeleteAsync(TeamMember member, string email, ExpectedVersion version, CancellationToken cancellationToken = default)
    {
        ContactAccess.EnsurePressTeam(member);
        var current = await Current(member, email, cancellationToken);
        if (version.ETag != current.ETag || !await store.TryDeleteAsync(current.Email, version.ETag, cancellationToken))
        {
            throw version.Stale();
        }

        var entries = await timeline.DeleteAllAsync(current.Email, cancellationToken);
        await audit.AppendAsync(ContactAuditAction.Deleted, member.Email, current.Email, $"Contact supprimé ({entries} entrées de chronologie). / Contact deleted.", cancellationToken);
    }

    /// <summary>Keeps a contact that retention flagged: a team member vouches that the relationship is alive.</summary>
    public async Task<Contact> KeepAsync(TeamMember member, string email, CancellationToken cancellationToken = default)
    {
        var current = await Current(member, email, cancellationToken);
        var now = time.GetUtcNow();
        var kept = await store.UpdateAsync(current.Email, c => c with { ReviewFlaggedAt = null, LastActivityAt = now }, cancellationToken)
            ?? throw ContactStore.NotFound(current.Email);
        await timeline.AppendAsync(current.Email, new ContactActivity(ContactActivityKind.RetentionReview, "Conservé après revue. / Kept after review.", null, member.Email, now), cancellationToken);
        return kept;
    }

    private async Task<Contact> Current(TeamMember member, string email, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(ContactEmail.Normalize(email), cancellationToken);
        ContactAccess.EnsureCity(member, current.City);
        return current;
    }

    private async Task<Contact> SaveAsync(TeamMember member, Contact current, ContactFields fields, ExpectedVersion version, CancellationToken cancellationToken)
    {
        // A local lead cannot move a contact out of their cities either.
        ContactAccess.EnsureCity(member, fields.City);
        if (version.ETag != current.ETag)
        {
            throw version.Stale();
        }

        // The lawful basis always has a value: a body without one keeps it.
        fields = fields with { LawfulBasis = fields.LawfulBasis ?? current.LawfulBasis };
        var changes = current.Fields.Diff(fields);
        if (changes.Count == 0)
        {
            return current;
        }

        var now = time.GetUtcNow();
        var updated = current.With(fields) with { UpdatedAt = now, LastActivityAt = now, ReviewFlaggedAt = null };
        var stored = await store.TryReplaceAsync(updated, cancellationToken) ?? throw version.Stale();
        await timeline.AppendAsync(
            current.Email,
            new ContactActivity(ContactActivityKind.Edited, $"Modifié : {string.Join(", ", changes)}. / Edited.", null, member.Email, now),
            cancellationToken);
        return stored;
    }
}
