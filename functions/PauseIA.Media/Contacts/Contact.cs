using System.Text.Json.Serialization;
using PauseIA.Media.Contacts.Privacy;

namespace PauseIA.Media.Contacts;

/// <summary>
/// A journalist on the list, as the API shows it: the <see cref="ContactFields"/> people edit, then who it is
/// and what happened to it. <see cref="ETag"/> is what an update must send back.
/// </summary>
public sealed record Contact : ContactFields
{
    public required string Email { get; init; }

    public ContactSource Source { get; init; }

    /// <summary>Why we may keep the contact (GDPR art. 6): a contact always has one, where an edit may leave it unsaid.</summary>
    public new LawfulBasis LawfulBasis
    {
        get => base.LawfulBasis ?? Contacts.LawfulBasis.LegitimateInterest;
        init => base.LawfulBasis = value;
    }

    public bool OptedOut { get; init; }

    public DateTimeOffset? OptedOutAt { get; init; }

    public string? OptOutSource { get; init; }

    public bool HardBounced { get; init; }

    public DateTimeOffset? BouncedAt { get; init; }

    public string? BounceReason { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The team member who added or imported the contact; null when an inquiry created it.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>What the contact came with: the import's id, for an imported contact.</summary>
    public string? OriginId { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The last time something showed the relationship alive; retention counts from it.</summary>
    public DateTimeOffset LastActivityAt { get; init; }

    /// <summary>Set when retention flagged the contact as inactive; cleared by any activity or by keeping it.</summary>
    public DateTimeOffset? ReviewFlaggedAt { get; init; }

    /// <summary>When a mail to the contact last carried the privacy notice (GDPR art. 14); null if never.</summary>
    public DateTimeOffset? PrivacyNoticeSentAt { get; init; }

    [JsonPropertyName("etag")]
    public string? ETag { get; init; }

    [JsonIgnore]
    public string DisplayName => string.Join(' ', new[] { FirstName, LastName }.Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } name ? name : Email;

    /// <summary>
    /// The first entry of the timeline, read from the contact itself: the row records who created it,
    /// how and when, in the same write as the contact, so no separate row is needed (nor can go missing).
    /// </summary>
    [JsonIgnore]
    public ContactActivity Origin => new(
        Source == ContactSource.Import ? ContactActivityKind.Imported : ContactActivityKind.Created,
        Source switch
        {
            ContactSource.Import => "Importé (nouveau contact). / Imported (new).",
            ContactSource.Inquiry => "Créé à partir d'une demande presse. / Created from an inquiry.",
            _ => "Ajouté à la main. / Added manually.",
        },
        OriginId,
        CreatedBy,
        CreatedAt);

    /// <summary>Whether any mail to this address must be stopped.</summary>
    [JsonIgnore]
    public SuppressionReason? Suppression => OptedOut ? SuppressionReason.OptedOut : HardBounced ? SuppressionReason.HardBounce : null;

    /// <summary>
    /// A new contact. The outlet's domain defaults to the address's (unless webmail), and a
    /// suppression already held for the address (an earlier opt-out or bounce) carries over.
    /// </summary>
    public static Contact New(string email, ContactFields fields, ContactSource source, DateTimeOffset now, SuppressionEntry? suppression, string? createdBy = null, string? originId = null) => new Contact
    {
        Email = email,
        Source = source,
        CreatedBy = createdBy,
        OriginId = originId,
        LawfulBasis = fields.LawfulBasis ?? LawfulBasis.LegitimateInterest,
        OptedOut = suppression?.OptedOut == true,
        OptedOutAt = suppression?.OptedOut == true ? suppression.OptedOutAt : null,
        OptOutSource = suppression?.OptedOut == true ? suppression.Source : null,
        HardBounced = suppression?.HardBounced == true,
        BouncedAt = suppression?.HardBounced == true ? suppression.BouncedAt : null,
        CreatedAt = now,
        UpdatedAt = now,
        LastActivityAt = now,
    }.With(fields with { OutletDomain = fields.OutletDomain ?? ContactValidator.OutletDomainFromEmail(email) });

    public Contact With(ContactFields fields) => this with
    {
        FirstName = fields.FirstName,
        LastName = fields.LastName,
        Outlet = fields.Outlet,
        OutletDomain = fields.OutletDomain,
        MediaType = fields.MediaType,
        Beats = fields.Beats,
        City = fields.City,
        Language = fields.Language,
        Phone = fields.Phone,
        Notes = fields.Notes,
        Owner = fields.Owner,
        LawfulBasis = fields.LawfulBasis ?? LawfulBasis,
    };

    public ContactSummary ToSummary(bool created = false) => new(
        Email, FirstName, LastName, Outlet, MediaType is { } type ? MediaTypes.Code(type) : null,
        City, Language, Owner, OptedOut, HardBounced, created, PrivacyNoticeDue: PrivacyNoticeSentAt is null);
}
