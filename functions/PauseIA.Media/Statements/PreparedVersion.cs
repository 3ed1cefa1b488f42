using PauseIA.Media.Identity;

namespace PauseIA.Media.Statements;

/// <summary>A checked save, ready to be written: the exact Markdown bytes and what the version records.</summary>
public sealed record PreparedVersion(byte[] Markdown, string MarkdownSha256, string? TitleOverride, StatementDraft Draft)
{
    public StatementVersion ToVersion(int number, TeamMember author, DateTimeOffset now) =>
        new(number, author.Email, now, TitleOverride, Draft.Audience, Draft.EmbargoMode, Draft.ContentHash, MarkdownSha256);
}
