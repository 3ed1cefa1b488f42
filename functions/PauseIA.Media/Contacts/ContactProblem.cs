namespace PauseIA.Media.Contacts;

/// <summary>Why a value was refused: a stable <see cref="Code"/> for programs and a French/English <see cref="Message"/> for people.</summary>
public sealed record ContactProblem(string Code, string Message);
