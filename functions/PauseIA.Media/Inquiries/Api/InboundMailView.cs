using PauseIA.Media.Inquiries.Inbound;

namespace PauseIA.Media.Inquiries.Api;

/// <summary>A received email that opened no thread (auto-reply, bounce, bulk…), read back from its archive.</summary>
public sealed record InboundMailView(
    InboundRecord Record,
    string Text,
    string? Html,
    IReadOnlyList<AttachmentView> Attachments,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    bool Archived);
