using System.Text.RegularExpressions;

namespace PauseIA.Media.Inquiries.Reading;

#pragma warning disable CA1822 // Instance methods: the contract the real class keeps.
// TEMP stand-in: only Gmail's "---------- Forwarded message ---------" block.
public sealed partial class ForwardedInquiryReader
{
    public ForwardedInquiry? Read(string subject, string body)
    {
        var match = Block().Match(body);
        return match.Success
            ? new ForwardedInquiry(match.Groups["email"].Value, match.Groups["name"].Value.Trim().Trim('"'), match.Groups["subject"].Value.Trim(), match.Groups["body"].Value.Trim(), null)
            : null;
    }

    [GeneratedRegex(@"-+ Forwarded message -+\r?\nFrom: (?<name>[^<\r\n]*)<(?<email>[^>]+)>\r?\n(?:.*\r?\n)*?Subject: (?<subject>[^\r\n]*)\r?\n(?:.*\r?\n)*?\r?\n(?<body>[\s\S]*)")]
    private static partial Regex Block();
}
