using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Common;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Contacts.Segments;

/// <summary>
/// Saved segments, in the <c>contactsegments</c> table (one partition: there are tens of them).
/// The press team manages them; changes are made on the version read, like contacts.
/// </summary>
public sealed class SegmentStore(
    [FromKeyedServices(SegmentStore.Name)] TableClient table,
    TimeProvider time,
    IIdGenerator ids)
{
    public const string Name = "contactsegments";

    private const string Partition = "segment";
    private const int NameMax = 100;
    private const int DescriptionMax = 500;

    public async Task<IReadOnlyList<Segment>> ListAsync(CancellationToken cancellationToken = default)
    {
        var segments = new List<Segment>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken))
        {
            segments.Add(ToSegment(entity));
        }

        return segments.OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    public async Task<Segment> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(Partition, Key(id), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is not null
            ? ToSegment(response.Value)
            : throw DomainException.NotFound($"Segment introuvable : {id}. / Segment not found.");
    }

    public async Task<Segment> CreateAsync(TeamMember member, SegmentInput input, CancellationToken cancellationToken = default)
    {
        ContactAccess.EnsurePressTeam(member);
        var (name, description, filter) = Validate(input);
        var now = time.GetUtcNow();
        var segment = new Segment(ids.NewId(), name, description, filter, member.Email, now, member.Email, now, null);
        var response = await table.AddEntityAsync(ToEntity(segment), cancellationToken);
        return segment with { ETag = response.Headers.ETag?.ToString() };
    }

    public async Task<Segment> ReplaceAsync(TeamMember member, string id, SegmentInput input, ExpectedVersion version, CancellationToken cancellationToken = default)
    {
        ContactAccess.EnsurePressTeam(member);
        var current = await GetAsync(id, cancellationToken);
        var (name, description, filter) = Validate(input);

        // Compared here first: a version that is not even an ETag of ours must not reach storage.
        if (version.ETag != current.ETag)
        {
            throw version.Stale();
        }

        var updated = current with { Name = name, Description = description, Filter = filter, UpdatedBy = member.Email, UpdatedAt = time.GetUtcNow() };
        try
        {
            var response = await table.UpdateEntityAsync(ToEntity(updated), new ETag(version.ETag), TableUpdateMode.Replace, cancellationToken);
            return updated with { ETag = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            throw version.Stale();
        }
    }

    public async Task DeleteAsync(TeamMember member, string id, ExpectedVersion version, CancellationToken cancellationToken = default)
    {
        ContactAccess.EnsurePressTeam(member);
        var current = await GetAsync(id, cancellationToken);
        if (version.ETag != current.ETag)
        {
            throw version.Stale();
        }

        try
        {
            await table.DeleteEntityAsync(Partition, current.Id, new ETag(version.ETag), cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            throw version.Stale();
        }
    }

    private static (string Name, string? Description, ContactFilter Filter) Validate(SegmentInput input)
    {
        var name = ContactValidator.Line(input.Name) ?? throw DomainException.BadRequest("Nom du segment requis. / A segment needs a name.");
        var description = ContactValidator.Line(input.Description);
        if (name.Length > NameMax || description?.Length > DescriptionMax)
        {
            throw DomainException.BadRequest($"Nom ({NameMax}) ou description ({DescriptionMax}) trop long. / Name or description too long.");
        }

        // A segment chooses whom to address; who must not be mailed is decided at resolution, with the reason shown.
        var filter = (input.Filter ?? ContactFilter.All).Normalize().WithoutSuppression();
        return (name, description, filter);
    }

    // Ids come from the route: a key that Table storage refuses would be a 400 from storage, so it is checked first.
    private static string Key(string id) =>
        id.Length is > 0 and <= 64 && id.All(char.IsAsciiLetterOrDigit)
            ? id
            : throw DomainException.NotFound($"Segment introuvable : {id}. / Segment not found.");

    private static TableEntity ToEntity(Segment s) => new(Partition, s.Id)
    {
        ["Name"] = s.Name,
        ["Description"] = s.Description,
        ["Filter"] = JsonSerializer.Serialize(s.Filter, JsonDefaults.Options),
        ["CreatedBy"] = s.CreatedBy,
        ["CreatedAt"] = s.CreatedAt,
        ["UpdatedBy"] = s.UpdatedBy,
        ["UpdatedAt"] = s.UpdatedAt,
    };

    private static Segment ToSegment(TableEntity e) => new(
        e.RowKey,
        e.GetString("Name") ?? "",
        e.GetString("Description"),
        (JsonSerializer.Deserialize<ContactFilter>(e.GetString("Filter") ?? "{}", JsonDefaults.Options) ?? ContactFilter.All).Normalize(),
        e.GetString("CreatedBy") ?? "",
        e.GetDateTimeOffset("CreatedAt") ?? default,
        e.GetString("UpdatedBy") ?? "",
        e.GetDateTimeOffset("UpdatedAt") ?? default,
        e.ETag.ToString());
}
