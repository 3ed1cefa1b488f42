using PauseIA.Media.Statements.Rendering;

namespace PauseIA.Media.Statements;

/// <summary>A version read back from storage, its document (title as saved) and its content hash recomputed from the stored bytes.</summary>
public sealed record LoadedVersion(StatementVersion Version, string Markdown, StatementDocument Document, string ContentHash);
