using System.Text.Json;
using Azure.Data.Tables;
using PauseIA.Media.Common;
using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Statements;

/// <summary>The table rows of a statement (row key <c>statement</c>) and of its versions (<c>v00001</c>…), kept apart from the domain records.</summary>
internal static class StatementEntities
{
    public const string MainRow = "statement";

    public static string VersionRow(int number) => $"v{number:D5}";

    public static TableEntity ToEntity(Statement s) => new(s.Id, MainRow)
    {
        ["Kind"] = s.Kind.ToString(),
        ["Inquiry"] = s.Inquiry,
        ["Author"] = s.Author,
        ["Authors"] = JsonSerializer.Serialize(s.Authors),
        ["CreatedAt"] = s.CreatedAt,
        ["UpdatedAt"] = s.UpdatedAt,
        ["State"] = s.State.ToString(),
        ["Version"] = s.Version,
        ["ContentHash"] = s.ContentHash,
        ["Title"] = s.Title,
        ["Language"] = s.Language,
        ["Translations"] = Translations(s.Translations),
        ["Embargo"] = s.Embargo,
        ["EmbargoMode"] = s.EmbargoMode?.ToString(),
        ["Audience"] = JsonSerializer.Serialize(s.Audience, JsonDefaults.Options),
        ["ApprovalBy"] = s.Approval?.By,
        ["ApprovalAt"] = s.Approval?.At,
        ["ApprovalVersion"] = s.Approval?.Version,
        ["ApprovalHash"] = s.Approval?.ContentHash,
        ["ApprovalConsistencyHash"] = s.Approval?.ConsistencyHash,
        ["ApprovalDivergences"] = s.Approval?.Divergences,
        ["SignOffBy"] = s.SignOff?.By,
        ["SignOffAt"] = s.SignOff?.At,
        ["SignOffVersion"] = s.SignOff?.Version,
        ["SignOffHash"] = s.SignOff?.ContentHash,
        ["SignOffManifest"] = s.SignOff?.Manifest,
        ["SignOffManifestHash"] = s.SignOff?.ManifestHash,
        ["SignOffRecipients"] = s.SignOff?.Recipients,
        ["SignOffExcluded"] = s.SignOff?.Excluded,
        ["SubmittedAt"] = s.SubmittedAt,
        ["Submission"] = s.Submission,
        ["RemindedSubmission"] = s.RemindedSubmission,
        ["Manifests"] = s.Manifests,
        ["SendStartedAt"] = s.SendStartedAt,
        ["SentAt"] = s.SentAt,
    };

    public static Statement ToStatement(TableEntity e) => new()
    {
        Id = e.PartitionKey,
        Kind = Enum.Parse<StatementKind>(e.GetString("Kind")),
        Inquiry = e.GetString("Inquiry"),
        Author = e.GetString("Author"),
        Authors = JsonSerializer.Deserialize<List<string>>(e.GetString("Authors") ?? "[]") ?? [],
        CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? default,
        UpdatedAt = e.GetDateTimeOffset("UpdatedAt") ?? default,
        State = Enum.Parse<StatementState>(e.GetString("State")),
        Version = e.GetInt32("Version") ?? 0,
        ContentHash = e.GetString("ContentHash") ?? "",
        Title = e.GetString("Title"),
        Language = e.GetString("Language") ?? "fr",
        Translations = Translations(e.GetString("Translations")),
        Embargo = e.GetDateTimeOffset("Embargo"),
        EmbargoMode = e.GetString("EmbargoMode") is { } mode ? Enum.Parse<EmbargoMode>(mode) : null,
        Audience = Audience(e.GetString("Audience")),
        Approval = e.GetString("ApprovalBy") is { } approver
            ? new Approval(approver, e.GetDateTimeOffset("ApprovalAt") ?? default, e.GetInt32("ApprovalVersion") ?? 0, e.GetString("ApprovalHash") ?? "")
            {
                ConsistencyHash = e.GetString("ApprovalConsistencyHash"),
                Divergences = e.GetInt32("ApprovalDivergences"),
            }
            : null,
        SignOff = e.GetString("SignOffBy") is { } signer
            ? new SignOff(
                signer,
                e.GetDateTimeOffset("SignOffAt") ?? default,
                e.GetInt32("SignOffVersion") ?? 0,
                e.GetString("SignOffHash") ?? "",
                e.GetInt32("SignOffManifest") ?? 0,
                e.GetString("SignOffManifestHash") ?? "",
                e.GetInt32("SignOffRecipients") ?? 0,
                e.GetInt32("SignOffExcluded") ?? 0)
            : null,
        SubmittedAt = e.GetDateTimeOffset("SubmittedAt"),
        Submission = e.GetInt32("Submission") ?? 0,
        RemindedSubmission = e.GetInt32("RemindedSubmission") ?? 0,
        Manifests = e.GetInt32("Manifests") ?? 0,
        SendStartedAt = e.GetDateTimeOffset("SendStartedAt"),
        SentAt = e.GetDateTimeOffset("SentAt"),
    };

    public static TableEntity ToEntity(string statementId, StatementVersion v) => new(statementId, VersionRow(v.Number))
    {
        ["Number"] = v.Number,
        ["Author"] = v.Author,
        ["CreatedAt"] = v.CreatedAt,
        ["TitleOverride"] = v.TitleOverride,
        ["Audience"] = JsonSerializer.Serialize(v.Audience, JsonDefaults.Options),
        ["EmbargoMode"] = v.EmbargoMode?.ToString(),
        ["ContentHash"] = v.ContentHash,
        ["MarkdownSha256"] = v.MarkdownSha256,
        ["Translations"] = Translations(v.Translations),
    };

    public static StatementVersion ToVersion(TableEntity e) => new(
        e.GetInt32("Number") ?? 0,
        e.GetString("Author") ?? "",
        e.GetDateTimeOffset("CreatedAt") ?? default,
        e.GetString("TitleOverride"),
        Audience(e.GetString("Audience")),
        e.GetString("EmbargoMode") is { } mode ? Enum.Parse<EmbargoMode>(mode) : null,
        e.GetString("ContentHash") ?? "",
        e.GetString("MarkdownSha256") ?? "")
    {
        Translations = Translations(e.GetString("Translations")),
    };

    /// <summary>Null when there are none, so that rows without translations look as they always did.</summary>
    private static string? Translations(IReadOnlyList<StatementTranslation> translations) =>
        translations.Count == 0 ? null : JsonSerializer.Serialize(translations, JsonDefaults.Options);

    private static List<StatementTranslation> Translations(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<List<StatementTranslation>>(json, JsonDefaults.Options) ?? [];

    private static StatementAudience Audience(string? json) =>
        JsonSerializer.Deserialize<StatementAudience>(json ?? "{}", JsonDefaults.Options) ?? new StatementAudience();
}
