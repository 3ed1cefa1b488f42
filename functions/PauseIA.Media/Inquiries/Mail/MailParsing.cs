using MimeKit;
using MimeKit.Utils;
using PauseIA.Media.Email;

namespace PauseIA.Media.Inquiries.Mail;

/// <summary>What reading raw and parsed posts share: lenient MimeKit options, addresses, Message-IDs, header lists.</summary>
internal static class MailParsing
{
    public static ParserOptions Options { get; } = CreateOptions();

    public static MailHeaders HeadersOf(HeaderList headers) =>
        new(headers.Select(h => new KeyValuePair<string, string>(h.Field, TextDecoding.RepairC1(h.Value ?? ""))).ToList());

    public static string Decode(MimePart part, string? charset, List<string> problems)
    {
        using var bytes = new MemoryStream();
        part.Content?.DecodeTo(bytes);
        var decoded = TextDecoding.Decode(bytes.ToArray(), charset);
        if (decoded.Problem is not null)
        {
            problems.Add(decoded.Problem);
        }

        return decoded.Text;
    }

    public static MailAddress? Mailbox(InternetAddressList list) =>
        list.Mailboxes.Where(m => m.Address.Contains('@', StringComparison.Ordinal)).Select(ToAddress).FirstOrDefault();

    public static MailAddress? Mailbox(string? text) =>
        text is not null && InternetAddressList.TryParse(Options, text, out var list) ? Mailbox(list) : null;

    public static List<MailAddress> Addresses(InternetAddressList list) =>
        list.Mailboxes.Where(m => m.Address.Contains('@', StringComparison.Ordinal)).Select(ToAddress).ToList();

    public static List<MailAddress> Addresses(string? text) =>
        text is not null && InternetAddressList.TryParse(Options, text, out var list) ? Addresses(list) : [];

    public static string? MessageIdOf(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var id = Bare(MimeUtils.EnumerateReferences(value).FirstOrDefault() ?? value);
        return id.Length == 0 ? null : id;
    }

    /// <summary>Without angle brackets, case kept: replies must cite a Message-ID exactly as it was written.</summary>
    public static string Bare(string id) => id.Trim().Trim('<', '>').Trim();

    public static string DefaultName(int index, string mimeType) =>
        $"piece-jointe-{index + 1}{(MimeTypes.TryGetExtension(mimeType, out var extension) ? extension : ".bin")}";

    private static MailAddress ToAddress(MailboxAddress mailbox) =>
        new(mailbox.Address.Trim().ToLowerInvariant(), string.IsNullOrWhiteSpace(mailbox.Name) ? null : TextDecoding.RepairC1(mailbox.Name.Trim()));

    private static ParserOptions CreateOptions()
    {
        var options = ParserOptions.Default.Clone();
        options.CharsetEncoding = TextDecoding.Windows1252;
        options.AddressParserComplianceMode = RfcComplianceMode.Loose;
        options.ParameterComplianceMode = RfcComplianceMode.Loose;
        options.Rfc2047ComplianceMode = RfcComplianceMode.Loose;
        return options;
    }
}
