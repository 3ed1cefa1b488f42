namespace PauseIA.Media.Statements.DeliveryEvents;

/// <summary>What an event post did; <see cref="Refusal"/> set means it was not authentic (401) and nothing was read.</summary>
public sealed record WebhookReceipt(string? Refusal, int Received = 0, int Applied = 0, int Duplicates = 0, int Ignored = 0)
{
    public static WebhookReceipt Refused(string reason) => new(reason);
}
