using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace PauseIA.Media.LocalHost.Demo;

/// <summary>
/// Sends the sample inquiries beside this file through the SMTP listener, as journalists would
/// write them. Each goes with a fresh Message-ID and today's date, so every run makes new inquiries.
/// </summary>
internal static class DemoInquiries
{
    public static IReadOnlyList<string> Files() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Demo"), "*.eml").Order(StringComparer.Ordinal).ToList();

    public static async Task SendAsync(int smtpPort, TextWriter output, CancellationToken cancellationToken = default)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", smtpPort, SecureSocketOptions.None, cancellationToken);
        foreach (var file in Files())
        {
            var message = await MimeMessage.LoadAsync(file, cancellationToken);
            message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(message.From.Mailboxes.First().Domain);
            message.Date = DateTimeOffset.Now;
            try
            {
                await client.SendAsync(message, cancellationToken);
                await output.WriteLineAsync($"  demo     {Path.GetFileName(file)}: « {message.Subject} »");
            }
            catch (SmtpCommandException ex)
            {
                await output.WriteLineAsync($"  demo     {Path.GetFileName(file)} refused: {ex.Message}");
            }
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
