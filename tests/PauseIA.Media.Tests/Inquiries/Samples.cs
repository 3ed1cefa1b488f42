using System.Text;

namespace PauseIA.Media.Tests.Inquiries;

/// <summary>The shared sample emails (samples/inbound/*.eml), and edits of them for the cases they do not cover.</summary>
public static class Samples
{
    public const string NationalDeadline = "01-fr-national-deadline.eml";
    public const string International = "02-en-international.eml";
    public const string LocalLyon = "03-fr-local-lyon.eml";
    public const string OutOfOffice = "04-auto-reply-ooo.eml";
    public const string Bounce = "05-bounce-dsn.eml";
    public const string ReplyInThread = "06-reply-in-thread.eml";
    public const string TvUrgent = "07-fr-tv-urgent.eml";
    public const string Newsletter = "08-bulk-newsletter.eml";

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "inbound", name));

    /// <summary>The sample with text replaced, byte for byte elsewhere (Latin-1 round trip keeps 8-bit bytes).</summary>
    public static byte[] Edit(string name, params (string From, string To)[] replacements)
    {
        var text = Encoding.Latin1.GetString(Read(name));
        foreach (var (from, to) in replacements)
        {
            Assert.Contains(from, text, StringComparison.Ordinal);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return Encoding.Latin1.GetBytes(text);
    }

    /// <summary>
    /// A sample made unique: its own Message-ID, and its sender "local+tag@domain", so that tests
    /// sharing storage neither see each other's mail nor share a sender's acknowledgement window.
    /// </summary>
    public static byte[] Unique(string name, string tag) => Encoding.Latin1.GetBytes(UniqueText(Encoding.Latin1.GetString(Read(name)), tag));

    public static string Sender(string address, string tag) => address.Replace("@", $"+{tag}@", StringComparison.Ordinal);

    public static string UniqueText(string text, string tag)
    {
        var from = MimeKit.MimeMessage.Load(new MemoryStream(Encoding.Latin1.GetBytes(text))).From.Mailboxes.First().Address;
        text = System.Text.RegularExpressions.Regex.Replace(text, @"Message-ID: <([^@>]+)@", $"Message-ID: <$1.{tag}@", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return text.Replace(from, Sender(from, tag), StringComparison.OrdinalIgnoreCase);
    }

    public static byte[] Eml(string text) => Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal));
}
