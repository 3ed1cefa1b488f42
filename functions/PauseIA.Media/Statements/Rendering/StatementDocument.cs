using System.Globalization;
using PauseIA.Media.Common;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace PauseIA.Media.Statements.Rendering;

// TEMP stand-in: the rendering helper's StatementDocument replaces this file.
public sealed record StatementDocument(string Body, string? Title, string Language, DateTimeOffset? Embargo, string? Audience)
{
    public static StatementDocument Parse(string markdown)
    {
        var text = markdown.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return new StatementDocument(text, null, "fr", null, null);
        }

        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        if (end < 0)
        {
            throw DomainException.BadRequest("Front matter non fermé. / Unclosed front matter.");
        }

        Dictionary<string, string?> fields;
        try
        {
            fields = new DeserializerBuilder().Build().Deserialize<Dictionary<string, string?>>(text[4..end]) ?? [];
        }
        catch (YamlException ex)
        {
            throw DomainException.BadRequest($"Front matter invalide : {ex.Message} / Invalid front matter.");
        }

        DateTimeOffset? embargo = null;
        if (fields.TryGetValue("embargo", out var value) && !string.IsNullOrWhiteSpace(value))
        {
            embargo = DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed
                : throw DomainException.BadRequest("Embargo illisible. / Unreadable embargo.");
        }

        var bodyStart = text.IndexOf('\n', end + 1);
        var body = bodyStart < 0 ? "" : text[(bodyStart + 1)..];
        return new StatementDocument(body, fields.GetValueOrDefault("title"), fields.GetValueOrDefault("language") ?? "fr", embargo, fields.GetValueOrDefault("audience"));
    }
}
