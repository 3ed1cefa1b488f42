using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PauseIA.Media.Email;
using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Statements.Unsubscribing;

/// <summary>
/// Signs and reads unsubscribe tokens: <c>base64url(payload) "." base64url(HMAC-SHA256(key, payload))</c>
/// with payload <c>"1\n{statementId}\n{email}\n{0|1 test}"</c>, or <c>"2\n…\n{language}"</c> for a link
/// sent in another language than French. Stateless, so a link works for as long as the key is kept,
/// and a forged or garbled token reads as nothing.
/// </summary>
public sealed class UnsubscribeTokens(IOptions<StatementsOptions> options, IOptions<MailOptions> mail)
{
    private const int MaxTokenLength = 1_000;

    public string Create(UnsubscribeToken token)
    {
        var fields = $"{token.StatementId}\n{token.Email.Trim().ToLowerInvariant()}\n{(token.Test ? 1 : 0)}";
        // French is the page's own language: its links keep the first format, as every link sent before translations.
        var payload = Encoding.UTF8.GetBytes(token.Language is null or StatementLanguages.French ? $"1\n{fields}" : $"2\n{fields}\n{token.Language}");
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(Sign(payload))}";
    }

    public string UrlFor(UnsubscribeToken token) => $"{mail.Value.PublicBaseUrl.TrimEnd('/')}/api/unsubscribe?token={Create(token)}";

    /// <summary>The token's content, or null when it is missing, garbled or not signed with our key.</summary>
    public UnsubscribeToken? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength || token.Split('.') is not [var encodedPayload, var encodedMac])
        {
            return null;
        }

        byte[] payload, mac;
        try
        {
            payload = Base64Url.DecodeFromChars(encodedPayload);
            mac = Base64Url.DecodeFromChars(encodedMac);
        }
        catch (FormatException)
        {
            return null;
        }

        if (!CryptographicOperations.FixedTimeEquals(mac, Sign(payload)))
        {
            return null;
        }

        return Encoding.UTF8.GetString(payload).Split('\n') switch
        {
            ["1", { Length: > 0 } statementId, { Length: > 0 } email, ("0" or "1") and var test] => new UnsubscribeToken(statementId, email, test == "1"),
            ["2", { Length: > 0 } statementId, { Length: > 0 } email, ("0" or "1") and var test, var language] when StatementLanguages.Normalize(language) == language =>
                new UnsubscribeToken(statementId, email, test == "1", language),
            _ => null,
        };
    }

    private byte[] Sign(byte[] payload) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.UnsubscribeKey), payload);
}
