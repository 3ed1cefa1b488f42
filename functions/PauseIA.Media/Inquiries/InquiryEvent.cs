namespace PauseIA.Media.Inquiries;

/// <summary>One line of an inquiry's append-only timeline; <see cref="Actor"/> is a member's email, or null for the service.</summary>
public sealed record InquiryEvent(string Id, DateTimeOffset At, InquiryEventKind Kind, string? Actor, string Text);
