namespace PauseIA.Media.Statements.Sending;

public sealed record PreviewHeader(string Name, string Value);
