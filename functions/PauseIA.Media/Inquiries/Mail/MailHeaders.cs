namespace PauseIA.Media.Inquiries.Mail;

/// <summary>An email's header fields, decoded, in order; names compare case-insensitively.</summary>
public sealed class MailHeaders(IReadOnlyList<KeyValuePair<string, string>> fields)
{
    public static MailHeaders Empty { get; } = new([]);

    public IReadOnlyList<KeyValuePair<string, string>> Fields { get; } = fields;

    /// <summary>The first value of <paramref name="name"/>, trimmed, or null.</summary>
    public string? Get(string name) => Fields.FirstOrDefault(f => string.Equals(f.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.Trim();

    public bool Has(string name) => Fields.Any(f => string.Equals(f.Key, name, StringComparison.OrdinalIgnoreCase));
}
