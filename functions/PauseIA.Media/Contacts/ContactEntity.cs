using Azure;
using Azure.Data.Tables;

namespace PauseIA.Media.Contacts;

/// <summary>
/// A row of the <c>contacts</c> table (keys: see <see cref="ContactKeys"/>). Besides the fields
/// as typed, it stores the normalized <c>CityKey</c> and <c>OutletKey</c> that filters compare with.
/// </summary>
public sealed class ContactEntity : ITableEntity
{
    /// <summary>The columns a search or a segment reads: everything but the long free text.</summary>
    public static readonly IReadOnlyList<string> SearchColumns =
    [
        nameof(PartitionKey), nameof(RowKey), nameof(Email), nameof(FirstName), nameof(LastName), nameof(Outlet), nameof(OutletDomain),
        nameof(MediaType), nameof(Beats), nameof(City), nameof(Language), nameof(Owner), nameof(OptedOut), nameof(HardBounced),
        nameof(ReviewFlaggedAt), nameof(LastActivityAt), nameof(CreatedAt),
    ];

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Email { get; set; } = "";

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Outlet { get; set; }

    public string? OutletKey { get; set; }

    public string? OutletDomain { get; set; }

    public string? MediaType { get; set; }

    /// <summary>Beats joined with <c>|</c>, which the validator never lets into a beat.</summary>
    public string? Beats { get; set; }

    public string? City { get; set; }

    public string? CityKey { get; set; }

    public string? Language { get; set; }

    public string? Phone { get; set; }

    public string? Notes { get; set; }

    public string? Owner { get; set; }

    public string? Source { get; set; }

    public string? LawfulBasis { get; set; }

    public bool OptedOut { get; set; }

    public DateTimeOffset? OptedOutAt { get; set; }

    public string? OptOutSource { get; set; }

    public bool HardBounced { get; set; }

    public DateTimeOffset? BouncedAt { get; set; }

    public string? BounceReason { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public string? OriginId { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public DateTimeOffset? LastActivityAt { get; set; }

    public DateTimeOffset? ReviewFlaggedAt { get; set; }

    public DateTimeOffset? PrivacyNoticeSentAt { get; set; }

    public static ContactEntity From(Contact contact) => new()
    {
        PartitionKey = ContactKeys.Partition(contact.Email),
        RowKey = ContactKeys.Row(contact.Email),
        ETag = contact.ETag is null ? default : new ETag(contact.ETag),
        Email = contact.Email,
        FirstName = contact.FirstName,
        LastName = contact.LastName,
        Outlet = contact.Outlet,
        OutletKey = Key(contact.Outlet),
        OutletDomain = contact.OutletDomain,
        MediaType = contact.MediaType?.ToString(),
        Beats = contact.Beats.Count == 0 ? null : string.Join('|', contact.Beats),
        City = contact.City,
        CityKey = Key(contact.City),
        Language = contact.Language,
        Phone = contact.Phone,
        Notes = contact.Notes,
        Owner = contact.Owner,
        Source = contact.Source.ToString(),
        LawfulBasis = contact.LawfulBasis.ToString(),
        OptedOut = contact.OptedOut,
        OptedOutAt = contact.OptedOutAt,
        OptOutSource = contact.OptOutSource,
        HardBounced = contact.HardBounced,
        BouncedAt = contact.BouncedAt,
        BounceReason = contact.BounceReason,
        CreatedAt = contact.CreatedAt,
        CreatedBy = contact.CreatedBy,
        OriginId = contact.OriginId,
        UpdatedAt = contact.UpdatedAt,
        LastActivityAt = contact.LastActivityAt,
        ReviewFlaggedAt = contact.ReviewFlaggedAt,
        PrivacyNoticeSentAt = contact.PrivacyNoticeSentAt,
    };

    public Contact ToContact() => new()
    {
        Email = Email.Length > 0 ? Email : ContactKeys.EmailOf(RowKey),
        FirstName = FirstName,
        LastName = LastName,
        Outlet = Outlet,
        OutletDomain = OutletDomain,
        MediaType = Enum.TryParse<MediaType>(MediaType, out var type) ? type : null,
        Beats = string.IsNullOrEmpty(Beats) ? [] : Beats.Split('|'),
        City = City,
        Language = Language,
        Phone = Phone,
        Notes = Notes,
        Owner = Owner,
        Source = Enum.TryParse<ContactSource>(Source, out var source) ? source : ContactSource.Manual,
        LawfulBasis = Enum.TryParse<LawfulBasis>(LawfulBasis, out var basis) ? basis : Contacts.LawfulBasis.LegitimateInterest,
        OptedOut = OptedOut,
        OptedOutAt = OptedOutAt,
        OptOutSource = OptOutSource,
        HardBounced = HardBounced,
        BouncedAt = BouncedAt,
        BounceReason = BounceReason,
        CreatedAt = CreatedAt ?? default,
        CreatedBy = CreatedBy,
        OriginId = OriginId,
        UpdatedAt = UpdatedAt ?? CreatedAt ?? default,
        LastActivityAt = LastActivityAt ?? UpdatedAt ?? CreatedAt ?? default,
        ReviewFlaggedAt = ReviewFlaggedAt,
        PrivacyNoticeSentAt = PrivacyNoticeSentAt,
        ETag = ETag == default ? null : ETag.ToString(),
    };

    private static string? Key(string? text) => SearchKey.Of(text) is { Length: > 0 } key ? key : null;
}
