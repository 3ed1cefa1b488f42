namespace PauseIA.Media.Statements.Sending;

/// <summary>
/// Whether a signed-off statement may go: its stored content still hashes to what was approved, and its
/// audience still resolves to the signed-off recipients (less those who opted out since).
/// </summary>
public sealed record ReadinessCheck(LoadedVersion? Content, bool ContentChanged, bool RecipientsChanged, string? Refusal)
{
    public bool IsReady => Refusal is null;

    public static ReadinessCheck Ready(LoadedVersion content) => new(content, false, false, null);
}
