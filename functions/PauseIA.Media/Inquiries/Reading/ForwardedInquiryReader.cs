using System.Text.RegularExpressions;
using MimeKit;

namespace PauseIA.Media.Inquiries.Reading;

/// <summary>
/// Finds the original message in a forward, so that an inquiry a team member forwards is
/// attributed to the journalist who wrote it. Knows the forward headers of Outlook (French and
/// English), Gmail, Apple Mail and Thunderbird. For a forward of a forward, this returns the
/// outermost forwarded message: read it again if its sender is a team member too.
/// </summary>
public sealed partial class ForwardedInquiryReader
{
    private static readonly Dictionary<string, string> HeaderNames = new()
    {
        ["de"] = "from", ["from"] = "from", ["expediteur"] = "from", ["von"] = "from",
        ["envoye"] = "date", ["envoye le"] = "date", ["sent"] = "date", ["date"] = "date", ["datum"] = "date", ["gesendet"] = "date",
        ["a"] = "to", ["to"] = "to", ["pour"] = "to", ["destinataire"] = "to", ["an"] = "to", ["cc"] = "to", ["cci"] = "to",
        ["objet"] = "subject", ["subject"] = "subject", ["sujet"] = "subject", ["betreff"] = "subject",
        ["repondre a"] = "reply-to", ["reply-to"] = "reply-to", ["importance"] = "other", ["priorite"] = "other",
    };

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A stateless service injected as a singleton.")]
    public ForwardedInquiry? Read(string subject, string body)
    {
        var lines = InquiryText.Plain(body).Split('\n');
        var forwardSubject = InquiryText.IsForwardSubject(subject);
        for (var i = 0; i < lines.Length; i++)
        {
            if (HeaderStart(lines[i].Trim(), i, forwardSubject) is { } start && ReadForwarded(lines, start, subject) is { } forwarded)
            {
                return forwarded;
            }
        }

        return null;
    }

    /// <summary>
    /// Where the forwarded headers start: after a banner, or (Outlook, whose forwards have none) after a
    /// line of underscores or at a <c>De :</c>/<c>From:</c> line, when the subject says it is a forward.
    /// </summary>
    private static int? HeaderStart(string line, int index, bool forwardSubject) =>
        IsForwardBanner(line) ? index + 1
        : !forwardSubject ? null
        : OutlookSeparator().IsMatch(line) ? index + 1
        : IsHeaderLine(line, "from") ? index
        : null;

    /// <summary>The line that opens a forwarded message in Gmail, Apple Mail, Thunderbird or Outlook.</summary>
    internal static bool IsForwardBanner(string line) => ForwardBanner().IsMatch(line);

    private static ForwardedInquiry? ReadForwarded(string[] lines, int start, string outerSubject)
    {
        var remaining = lines.Skip(start).SkipWhile(string.IsNullOrWhiteSpace).ToList();
        if (remaining.Count > 0 && remaining[0].TrimStart().StartsWith('>'))
        {
            // Some clients forward "inline" as a quote.
            remaining = remaining.Select(l => QuotePrefix().Replace(l, "")).ToList();
        }

        var headers = new Dictionary<string, string>();
        string? last = null;
        var bodyStart = remaining.Count;
        for (var i = 0; i < remaining.Count; i++)
        {
            var line = remaining[i].Trim();
            if (line.Length == 0)
            {
                bodyStart = i + 1;
                break;
            }

            var header = HeaderLine().Match(line);
            if (header.Success && HeaderNames.TryGetValue(InquiryText.Fold(header.Groups["name"].Value.Trim()), out var name))
            {
                headers.TryAdd(name, header.Groups["value"].Value.Trim());
                last = name;
            }
            else if (last is "to" or "from")
            {
                headers[last] += " " + line;
            }
            else
            {
                bodyStart = i;
                break;
            }
        }

        if (!headers.TryGetValue("from", out var from) || ParseSender(from) is not { } sender)
        {
            return null;
        }

        var forwardedSubject = headers.GetValueOrDefault("subject") is { Length: > 0 } s ? s : InquiryText.WithoutReplyPrefixes(outerSubject);
        var text = string.Join('\n', remaining.Skip(bodyStart)).Trim();
        var sentAt = headers.TryGetValue("date", out var date) ? ForwardedDate.Parse(date) : null;
        return new ForwardedInquiry(sender.Email, sender.Name, forwardedSubject, text, sentAt);
    }

    private static bool IsHeaderLine(string line, string name)
    {
        var header = HeaderLine().Match(line);
        return header.Success && HeaderNames.TryGetValue(InquiryText.Fold(header.Groups["name"].Value.Trim()), out var found) && found == name;
    }

    private static (string Email, string? Name)? ParseSender(string value)
    {
        // Outlook writes "Claire Dubois [mailto:claire.dubois@lemonde.fr]"; Gmail's HTML bolds the name.
        var cleaned = MailtoBracket().Replace(value.Replace("*", "", StringComparison.Ordinal), "<$1>");
        if (MailboxAddress.TryParse(cleaned, out var mailbox) && Email().IsMatch(mailbox.Address))
        {
            return (mailbox.Address.ToLowerInvariant(), CleanName(mailbox.Name));
        }

        var email = Email().Match(cleaned);
        if (!email.Success)
        {
            return null;
        }

        return (email.Value.ToLowerInvariant(), CleanName(cleaned.Replace(email.Value, "", StringComparison.Ordinal)));
    }

    private static string? CleanName(string? name)
    {
        var cleaned = name?.Trim(' ', '"', '\'', '<', '>', '(', ')', '[', ']', ',', ';');
        return string.IsNullOrWhiteSpace(cleaned) || cleaned.Contains('@', StringComparison.Ordinal) ? null : cleaned;
    }

    [GeneratedRegex(@"^(-{2,}\s*(forwarded message|message transf[ée]r[ée]|original message|message d['’]origine|forwarded e-?mail|weitergeleitete nachricht|mensaje reenviado|messaggio inoltrato)\s*-{2,}|(begin forwarded message|d[ée]but du message (r[ée]exp[ée]di[ée]|transf[ée]r[ée]))\s?:)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForwardBanner();

    [GeneratedRegex(@"^_{8,}$")]
    private static partial Regex OutlookSeparator();

    [GeneratedRegex(@"^\*{0,2}(?<name>[\p{L}][\p{L} '’-]{0,18}?)\*{0,2}\s?:\*{0,2}(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"^\s*>\s?")]
    private static partial Regex QuotePrefix();

    [GeneratedRegex(@"\[mailto:([^\]\s]+)\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MailtoBracket();

    [GeneratedRegex(@"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
