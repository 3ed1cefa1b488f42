using System.Security.Cryptography;
using System.Text;
using PauseIA.Media.Identity;
using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Statements;

/// <summary>A checked save, ready to be written: the exact texts of every language and what the version records.</summary>
public sealed record PreparedVersion(VersionTexts Texts, StatementDraft Draft)
{
    public static byte[] Bytes(LanguageVersion text) => Encoding.UTF8.GetBytes(text.Markdown);

    public StatementVersion ToVersion(int number, TeamMember author, DateTimeOffset now) =>
        new(number, author.Email, now, Texts.Primary.TitleOverride, Draft.Audience, Draft.EmbargoMode, Draft.ContentHash,
            Convert.ToHexStringLower(SHA256.HashData(Bytes(Texts.Primary))))
        {
            Translations = Draft.Translations,
        };
}
