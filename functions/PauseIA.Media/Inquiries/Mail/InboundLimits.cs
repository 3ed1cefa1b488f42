using PauseIA.Media.Email;

namespace PauseIA.Media.Inquiries.Mail;

/// <summary>
/// Bounds what an email's headers carry into storage. A header can hold anything, while a table
/// property holds 32K characters and a row 1 MiB: a 40,000-character display name or a Cc of 3,000
/// addresses made every attempt fail, and the email was lost. Values are cut at RFC 5322's line
/// limit (998 characters), lists are capped, and each cut is named in the email's problems; the
/// archived post keeps the original.
/// </summary>
public static class InboundLimits
{
    public const int MaxLineChars = 998;

    public const int MaxSubjectChars = 2000;

    public const int MaxAddresses = 100;

    /// <summary>The newest are kept: they name the message answered.</summary>
    public const int MaxReferences = 50;

    public const int MaxAttachments = 200;

    public static InboundEmail Apply(InboundEmail email)
    {
        var problems = email.Problems.ToList();
        string? Cut(string? value, string what, int max = MaxLineChars)
        {
            if (value is null || value.Length <= max)
            {
                return value;
            }

            problems.Add($"{what} coupé à {max} caractères ({value.Length} reçus). / {what} cut.");
            return value[..max];
        }

        MailAddress? Address(MailAddress? address, string what) =>
            address is null ? null : new MailAddress(Cut(address.Email, what)!, Cut(address.Name, $"{what} (nom)"));

        IReadOnlyList<T> Capped<T>(IReadOnlyList<T> list, int max, string what, bool keepLast = false)
        {
            if (list.Count <= max)
            {
                return list;
            }

            problems.Add($"{what} : {max} gardés sur {list.Count}. / {what}: {max} of {list.Count} kept.");
            return keepLast ? list.Skip(list.Count - max).ToList() : list.Take(max).ToList();
        }

        var bounded = email with
        {
            MessageId = Cut(email.MessageId, "Message-ID"),
            From = Address(email.From, "From"),
            EnvelopeFrom = Cut(email.EnvelopeFrom, "Chemin de retour"),
            EnvelopeTo = Capped(email.EnvelopeTo, MaxAddresses, "Destinataires SMTP").Select(a => Cut(a, "Destinataire SMTP")!).ToList(),
            To = Capped(email.To, MaxAddresses, "To").Select(a => Address(a, "To")!).ToList(),
            Cc = Capped(email.Cc, MaxAddresses, "Cc").Select(a => Address(a, "Cc")!).ToList(),
            Subject = Cut(email.Subject, "Objet", MaxSubjectChars)!,
            InReplyTo = Cut(email.InReplyTo, "In-Reply-To"),
            ReturnedMessageId = Cut(email.ReturnedMessageId, "Message-ID du message renvoyé"),
            References = Capped(email.References, MaxReferences, "References", keepLast: true).Select(r => Cut(r, "References")!).ToList(),
            Attachments = Capped(email.Attachments, MaxAttachments, "Pièces jointes")
                .Select(a => a with { FileName = Cut(a.FileName, "Nom de pièce jointe", 255)!, ContentType = Cut(a.ContentType, "Type de pièce jointe", 255)!, ContentId = Cut(a.ContentId, "Content-ID") })
                .ToList(),
        };
        return bounded with { Problems = problems };
    }
}
