using System.Text.RegularExpressions;
using PauseIA.Media.Email;

namespace PauseIA.Media.Inquiries;

/// <summary>The subject of our mail in an inquiry's thread: <c>Re: &lt;subject&gt; [PIA-…]</c>, safe to put in a header.</summary>
public static partial class InquirySubjects
{
    private const int MaxSubjectChars = 200;

    public static string Reply(string subject, string reference)
    {
        var clean = MailHeaderText.Clean(subject);
        if (clean.Length > MaxSubjectChars)
        {
            clean = clean[..MaxSubjectChars] + "…";
        }

        var withReference = clean.Contains(reference, StringComparison.OrdinalIgnoreCase)
            ? clean
            : $"{clean} [{reference}]".Trim();
        return ReplyPrefix().IsMatch(withReference) ? withReference : $"Re: {withReference}";
    }

    [GeneratedRegex(@"^\s*re\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyPrefix();
}
