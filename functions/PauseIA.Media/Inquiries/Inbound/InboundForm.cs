using System.Text.Json;
using PauseIA.Media.Common;
using PauseIA.Media.Inquiries.Mail;

namespace PauseIA.Media.Inquiries.Inbound;

/// <summary>
/// The fields and files of one Inbound Parse post. Field values stay bytes: in parsed mode SendGrid
/// posts each field in the email's own charset and says which in <c>charsets</c>.
/// </summary>
public sealed class InboundForm(IReadOnlyDictionary<string, byte[]> fields, IReadOnlyList<InboundFormFile> files)
{
    public IReadOnlyDictionary<string, byte[]> Fields { get; } = fields;

    public IReadOnlyList<InboundFormFile> Files { get; } = files;

    /// <summary>"POST the raw, full MIME message": the whole email is in the <c>email</c> field.</summary>
    public bool IsRaw => Has("email");

    public bool Has(string name) => Fields.TryGetValue(name, out var value) && value.Length > 0;

    public byte[]? Bytes(string name) => Fields.TryGetValue(name, out var value) ? value : null;

    /// <summary>A field decoded with the charset that <c>charsets</c> gives for it.</summary>
    public DecodedText? Text(string name)
    {
        var bytes = Bytes(name);
        return bytes is null ? null : TextDecoding.Decode(bytes, Charsets().GetValueOrDefault(name));
    }

    /// <summary>A field that SendGrid always writes in ASCII (JSON, SPF result, score).</summary>
    public string? Ascii(string name) => Bytes(name) is { } bytes ? System.Text.Encoding.UTF8.GetString(bytes).Trim() : null;

    public IReadOnlyDictionary<string, string> Charsets() => Json<Dictionary<string, string>>("charsets") ?? [];

    public InboundEnvelope? Envelope() => Json<InboundEnvelope>("envelope");

    public IReadOnlyDictionary<string, InboundAttachmentInfo> AttachmentInfo() => Json<Dictionary<string, InboundAttachmentInfo>>("attachment-info") ?? [];

    /// <summary>Refuses a post that SendGrid would never make, naming the field.</summary>
    public void Validate()
    {
        if (IsRaw)
        {
            RequireJson();
            return;
        }

        foreach (var required in new[] { "headers", "from" })
        {
            if (!Has(required))
            {
                throw DomainException.BadRequest($"Champ « {required} » manquant (ou « email » en mode brut). / Missing field {required} (or email in raw mode).");
            }
        }

        RequireJson();
    }

    private void RequireJson()
    {
        _ = Charsets();
        _ = Envelope();
        _ = AttachmentInfo();
    }

    private T? Json<T>(string name)
        where T : class
    {
        var text = Ascii(name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(text, JsonDefaults.Options);
        }
        catch (JsonException)
        {
            throw DomainException.BadRequest($"Champ « {name} » : JSON invalide. / Field {name} is not valid JSON.");
        }
    }
}
