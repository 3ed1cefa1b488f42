using System.Security.Cryptography;
using System.Text;
using PauseIA.Media.Email;
using PauseIA.Media.Inquiries.Mail;

namespace PauseIA.Media.Inquiries.Inbound;

/// <summary>
/// The idempotency key of an inbound email: its sender and Message-ID, so that SendGrid's retries
/// and one email sent to several of our addresses are one; a hash of the post's content when there
/// is no Message-ID. The sender is part of it so that a stranger reusing a Message-ID cannot
/// shadow someone else's email.
/// </summary>
public static class InboundKey
{
    public static string For(InboundForm form)
    {
        var (messageId, from) = InboundEmailReader.ReadIdentity(form);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (messageId is not null)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{from?.Trim().ToLowerInvariant()}\n{MessageIdIndex.Normalize(messageId)}"));
        }
        else
        {
            foreach (var (name, value) in form.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes($"{name}\n{value.Length}\n"));
                hash.AppendData(value);
            }

            foreach (var file in form.Files)
            {
                hash.AppendData(Encoding.UTF8.GetBytes($"{file.Name}\n{file.Content.Length}\n"));
                hash.AppendData(file.Content);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }
}
