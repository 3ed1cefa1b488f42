using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using MimeKit;
using PauseIA.Media.Common;

namespace PauseIA.Media.Statements;

/// <summary>
/// Who a statement goes to: exactly one of a saved segment, the journalist of an inquiry, or a
/// list of contacts' addresses. JSON: <c>{ "segment": "…" }</c>, <c>{ "inquiry": "PIA-…" }</c> or <c>{ "emails": […] }</c>.
/// </summary>
public sealed partial record StatementAudience(string? Segment = null, string? Inquiry = null, IReadOnlyList<string>? Emails = null)
{
    public const int MaxEmails = 500;

    /// <summary>The stable text of the audience that the content hash covers.</summary>
    [JsonIgnore]
    public string Canonical =>
        Segment is not null ? $"segment:{Segment}"
        : Inquiry is not null ? $"inquiry:{Inquiry}"
        : $"emails:{string.Join(',', (Emails ?? []).Order(StringComparer.Ordinal))}";

    public bool SameAs(StatementAudience other) => Canonical == other.Canonical;

    public static StatementAudience ForSegment(string segment) => new(Segment: segment);

    public static StatementAudience ForInquiry(string reference) => new(Inquiry: reference);

    /// <summary>Trimmed, lower-cased and checked: exactly one kind of audience, well formed.</summary>
    public StatementAudience Normalize()
    {
        var kinds = (Segment is null ? 0 : 1) + (Inquiry is null ? 0 : 1) + (Emails is null ? 0 : 1);
        if (kinds != 1)
        {
            throw DomainException.BadRequest(
                "L'audience est soit un segment, soit une demande, soit une liste d'adresses. / The audience is exactly one of segment, inquiry or emails.");
        }

        if (Segment is not null)
        {
            var segment = Segment.Trim();
            return segment.Length is > 0 and <= 100 && segment.All(c => !char.IsControl(c))
                ? new StatementAudience(Segment: segment)
                : throw DomainException.BadRequest("Segment invalide. / Invalid segment.");
        }

        if (Inquiry is not null)
        {
            var reference = Inquiry.Trim().ToUpperInvariant();
            return IsInquiryReference(reference)
                ? new StatementAudience(Inquiry: reference)
                : throw DomainException.BadRequest($"Référence de demande invalide : {Inquiry}. / Invalid inquiry reference.");
        }

        var emails = Emails!.Select(e => (e ?? "").Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (emails.Count == 0 || emails.Count > MaxEmails)
        {
            throw DomainException.BadRequest($"Entre 1 et {MaxEmails} adresses ; au-delà, utilisez un segment. / Between 1 and {MaxEmails} addresses; use a segment beyond.");
        }

        var invalid = emails.Where(e => !IsEmail(e)).ToList();
        return invalid.Count == 0
            ? new StatementAudience(Emails: emails)
            : throw DomainException.BadRequest($"Adresses invalides : {string.Join(", ", invalid)}. / Invalid addresses.");
    }

    public static bool IsInquiryReference(string? reference) => reference is not null && InquiryReference().IsMatch(reference);

    private static bool IsEmail(string value) =>
        value.All(c => !char.IsControl(c) && !char.IsWhiteSpace(c)) && MailboxAddress.TryParse(value, out var mailbox) && mailbox.Address == value && value.Contains('@', StringComparison.Ordinal);

    [GeneratedRegex(@"^PIA-\d{4}-\d{4,}$")]
    private static partial Regex InquiryReference();
}
