using System.Text;
using Azure;
using Azure.Data.Tables;

namespace PauseIA.Media.Contacts;

/// <summary>
/// A contact as a row of the <c>contacts</c> table (keys: see <see cref="ContactKeys"/>). Besides
/// the fields as typed, a row holds what filters compare with on the server: <c>CityKey</c> and
/// <c>OutletKey</c> (normalized), and one <c>Beat_…</c> column set to true per beat, because Table
/// storage cannot search inside a string and beats are what segments are mostly made of.
/// </summary>
public static class ContactRow
{
    public const string BeatPrefix = "Beat_";

    /// <summary>The columns a search or a segment reads: everything but the long free text.</summary>
    public static readonly IReadOnlyList<string> SearchColumns =
    [
        "PartitionKey", "RowKey", "Email", "FirstName", "LastName", "Outlet", "OutletDomain", "MediaType", "Beats", "City", "Language",
        "Owner", "OptedOut", "HardBounced", "ReviewFlaggedAt", "LastActivityAt", "CreatedAt",
    ];

    /// <summary>The boolean column that marks a beat: letters and digits of its search key only, so it is a valid property name.</summary>
    public static string BeatColumn(string beat)
    {
        var builder = new StringBuilder(BeatPrefix);
        foreach (var c in SearchKey.Of(beat))
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return builder.ToString();
    }

    public static TableEntity ToEntity(Contact contact)
    {
        var entity = new TableEntity(ContactKeys.Partition(contact.Email), ContactKeys.Row(contact.Email))
        {
            ["Email"] = contact.Email,
            ["Source"] = contact.Source.ToString(),
            ["LawfulBasis"] = contact.LawfulBasis.ToString(),
            ["OptedOut"] = contact.OptedOut,
            ["HardBounced"] = contact.HardBounced,
            ["CreatedAt"] = contact.CreatedAt,
            ["UpdatedAt"] = contact.UpdatedAt,
            ["LastActivityAt"] = contact.LastActivityAt,
        };
        if (contact.ETag is not null)
        {
            entity.ETag = new ETag(contact.ETag);
        }

        // Absent rather than null: a replace removes what is not sent, and rows stay small.
        void Set(string name, object? value)
        {
            if (value is not null)
            {
                entity[name] = value;
            }
        }

        Set("FirstName", contact.FirstName);
        Set("LastName", contact.LastName);
        Set("Outlet", contact.Outlet);
        Set("OutletKey", Key(contact.Outlet));
        Set("OutletDomain", contact.OutletDomain);
        Set("MediaType", contact.MediaType?.ToString());
        Set("Beats", contact.Beats.Count == 0 ? null : string.Join('|', contact.Beats));
        Set("City", contact.City);
        Set("CityKey", Key(contact.City));
        Set("Language", contact.Language);
        Set("Phone", contact.Phone);
        Set("Notes", contact.Notes);
        Set("Owner", contact.Owner);
        Set("OptedOutAt", contact.OptedOutAt);
        Set("OptOutSource", contact.OptOutSource);
        Set("BouncedAt", contact.BouncedAt);
        Set("BounceReason", contact.BounceReason);
        Set("CreatedBy", contact.CreatedBy);
        Set("OriginId", contact.OriginId);
        Set("ReviewFlaggedAt", contact.ReviewFlaggedAt);
        Set("PrivacyNoticeSentAt", contact.PrivacyNoticeSentAt);
        foreach (var beat in contact.Beats)
        {
            entity[BeatColumn(beat)] = true;
        }

        return entity;
    }

    public static Contact ToContact(TableEntity e) => new()
    {
        Email = e.GetString("Email") is { Length: > 0 } email ? email : ContactKeys.EmailOf(e.RowKey),
        FirstName = e.GetString("FirstName"),
        LastName = e.GetString("LastName"),
        Outlet = e.GetString("Outlet"),
        OutletDomain = e.GetString("OutletDomain"),
        MediaType = Enum.TryParse<MediaType>(e.GetString("MediaType"), out var type) ? type : null,
        Beats = e.GetString("Beats") is { Length: > 0 } beats ? beats.Split('|') : [],
        City = e.GetString("City"),
        Language = e.GetString("Language"),
        Phone = e.GetString("Phone"),
        Notes = e.GetString("Notes"),
        Owner = e.GetString("Owner"),
        Source = Enum.TryParse<ContactSource>(e.GetString("Source"), out var source) ? source : ContactSource.Manual,
        LawfulBasis = Enum.TryParse<LawfulBasis>(e.GetString("LawfulBasis"), out var basis) ? basis : LawfulBasis.LegitimateInterest,
        OptedOut = e.GetBoolean("OptedOut") ?? false,
        OptedOutAt = e.GetDateTimeOffset("OptedOutAt"),
        OptOutSource = e.GetString("OptOutSource"),
        HardBounced = e.GetBoolean("HardBounced") ?? false,
        BouncedAt = e.GetDateTimeOffset("BouncedAt"),
        BounceReason = e.GetString("BounceReason"),
        CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? default,
        CreatedBy = e.GetString("CreatedBy"),
        OriginId = e.GetString("OriginId"),
        UpdatedAt = e.GetDateTimeOffset("UpdatedAt") ?? e.GetDateTimeOffset("CreatedAt") ?? default,
        LastActivityAt = e.GetDateTimeOffset("LastActivityAt") ?? e.GetDateTimeOffset("UpdatedAt") ?? default,
        ReviewFlaggedAt = e.GetDateTimeOffset("ReviewFlaggedAt"),
        PrivacyNoticeSentAt = e.GetDateTimeOffset("PrivacyNoticeSentAt"),
        ETag = e.ETag == default ? null : e.ETag.ToString(),
    };

    private static string? Key(string? text) => SearchKey.Of(text) is { Length: > 0 } key ? key : null;
}
