namespace PauseIA.Media.Statements;

public sealed record WithdrawRequest(string? Reason = null);
