using PauseIA.Media.Statements.Languages;
using PauseIA.Media.Statements.Rendering;

namespace PauseIA.Media.Statements;

/// <summary>A version read back from storage: its texts in every language (titles as saved) and its content hash recomputed from the stored bytes.</summary>
public sealed record LoadedVersion(StatementVersion Version, VersionTexts Texts, string ContentHash)
{
    /// <summary>The primary text's Markdown.</summary>
    public string Markdown => Texts.Primary.Markdown;

    /// <summary>The primary text's document.</summary>
    public StatementDocument Document => Texts.Primary.Document;
}
