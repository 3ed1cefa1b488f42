using System.Globalization;
using CsvHelper;
using PauseIA.Media.Common;
using PauseIA.Media.Contacts.Privacy;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Contacts.Export;

/// <summary>
/// Exports the list (or a filtered part) as CSV that Excel opens right: UTF-8 with a byte order
/// mark, <c>;</c> (French Excel) or <c>,</c>. Every text cell that a spreadsheet would run as a
/// formula (starting with <c>= + - @</c>, tab or CR) gets a leading quote, as OWASP recommends
/// against CSV injection; the import takes it off again, so an export re-imports unchanged.
/// Each export is in the audit log: it carries the personal data of the whole list.
/// </summary>
public sealed class ContactCsvExporter(ContactStore store, ContactAuditLog audit, TimeProvider time)
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "email", "first_name", "last_name", "outlet", "outlet_domain", "media_type", "beats", "city", "language", "phone",
        "notes", "owner", "source", "lawful_basis", "opted_out", "hard_bounced", "created_at", "updated_at",
    ];

    /// <summary>The separator a client asks for (<c>?delimiter=</c>): <c>;</c> by default, or <c>,</c>; by sign or by name.</summary>
    public static char SeparatorOf(string? delimiter) => delimiter switch
    {
        null or "" or ";" or "semicolon" => ';',
        "," or "comma" => ',',
        var other => throw DomainException.BadRequest($"delimiter : « ; » ou « , », pas « {other} ». / delimiter must be ; or ,."),
    };

    public async Task<ContactExport> ExportAsync(TeamMember member, ContactFilter filter, char separator = ';', CancellationToken cancellationToken = default)
    {
        ContactAccess.EnsurePressTeam(member);
        if (separator is not (';' or ','))
        {
            throw DomainException.BadRequest("Séparateur : « ; » ou « , ». / Separator must be ; or ,.");
        }

        var contacts = await store.ListAsync(filter.Normalize(), searchColumnsOnly: false, cancellationToken);
        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, new CsvWriterOptions { Separator = separator, WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            foreach (var column in Columns)
            {
                writer.WriteField(column);
            }

            writer.EndRecord();
            foreach (var c in contacts)
            {
                foreach (var value in Cells(c))
                {
                    writer.WriteField(value);
                }

                writer.EndRecord();
            }
        }

        await audit.AppendAsync(ContactAuditAction.Exported, member.Email, null, $"Export CSV de {contacts.Count} contacts. / CSV export.", cancellationToken);
        var fileName = $"contacts-{time.GetUtcNow():yyyy-MM-dd}.csv";
        return new ContactExport(fileName, stream.ToArray(), contacts.Count);
    }

    private static IEnumerable<string?> Cells(Contact c) =>
    [
        c.Email, c.FirstName, c.LastName, c.Outlet, c.OutletDomain, c.MediaType is { } type ? MediaTypes.FrenchLabel(type) : null,
        string.Join(';', c.Beats), c.City, c.Language, c.Phone, c.Notes, c.Owner, Code(c.Source), Code(c.LawfulBasis),
        c.OptedOut ? "true" : "false", c.HardBounced ? "true" : "false",
        c.CreatedAt.ToString("O", CultureInfo.InvariantCulture), c.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
    ];

    private static string Code<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
