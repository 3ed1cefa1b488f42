namespace PauseIA.Media.Statements;

public enum ReviewDecision
{
    Approve,
    RequestChanges,
}
