namespace PauseIA.Media.Statements;

/// <summary>One line of a statement's append-only timeline: what, who, when, and about which version or line.</summary>
public sealed record StatementEvent(StatementEventKind Kind, string Actor, DateTimeOffset At)
{
    public const string System = "system";

    public int? Version { get; init; }

    public int? Line { get; init; }

    /// <summary>The language of the text a line comment is on, when it is not the primary text.</summary>
    public string? Language { get; init; }

    /// <summary>A comment or a reviewer's words.</summary>
    public string? Text { get; init; }

    /// <summary>What the system adds: why an approval was voided, a batch's outcome.</summary>
    public string? Detail { get; init; }
}
