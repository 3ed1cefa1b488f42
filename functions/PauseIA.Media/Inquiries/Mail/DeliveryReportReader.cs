namespace PauseIA.Media.Inquiries.Mail;

/// <summary>
/// Reads the per-recipient groups of a <c>message/delivery-status</c> body (RFC 3464):
/// header-like fields in blank-line separated groups, the first of which is about the message.
/// </summary>
public static class DeliveryReportReader
{
    public static IReadOnlyList<DeliveryFailure> Read(string deliveryStatus)
    {
        var failures = new List<DeliveryFailure>();
        foreach (var group in Groups(deliveryStatus))
        {
            var recipient = Address(group.GetValueOrDefault("final-recipient") ?? group.GetValueOrDefault("original-recipient"));
            var status = group.GetValueOrDefault("status")?.Split(' ', 2)[0];
            var action = group.GetValueOrDefault("action");
            if (recipient is null || status is null || !(action is null || action.StartsWith("failed", StringComparison.OrdinalIgnoreCase) || status.StartsWith("5.", StringComparison.Ordinal)))
            {
                continue;
            }

            failures.Add(new DeliveryFailure(recipient, status, group.GetValueOrDefault("diagnostic-code")));
        }

        return failures;
    }

    private static IEnumerable<Dictionary<string, string>> Groups(string text)
    {
        var group = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.Trim().Length == 0)
            {
                if (group.Count > 0)
                {
                    yield return group;
                }

                group = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                last = null;
            }
            else if ((line[0] == ' ' || line[0] == '\t') && last is not null)
            {
                group[last] += " " + line.Trim();
            }
            else if (line.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon)
            {
                last = line[..colon].Trim();
                group.TryAdd(last, line[(colon + 1)..].Trim());
            }
        }

        if (group.Count > 0)
        {
            yield return group;
        }
    }

    /// <summary>"rfc822; someone@example.org" → the address.</summary>
    private static string? Address(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var address = (value.Contains(';', StringComparison.Ordinal) ? value[(value.IndexOf(';', StringComparison.Ordinal) + 1)..] : value).Trim().Trim('<', '>');
        return address.Contains('@', StringComparison.Ordinal) ? address.ToLowerInvariant() : null;
    }
}
