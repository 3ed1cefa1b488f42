using System.Globalization;
using System.Text;

namespace PauseIA.Media.Benchmarks;

/// <summary>The emails of the inbound scenario, as raw MIME: new inquiries, replies, auto-replies and bounces.</summary>
public static class InboundMail
{
    public static string Journalist(string run, int n) => $"journaliste{n}.{run}@redaction{n % 97}.fr";

    public static byte[] NewInquiry(string run, int n) => Mime(
        $"Journaliste {n} <{Journalist(run, n)}>",
        $"Demande d'interview n° {n} : le traité sur l'IA",
        $"<inquiry-{run}-{n}@redaction{n % 97}.fr>",
        null,
        $"Bonjour,\r\n\r\nJe prépare un article sur le sommet de l'IA pour demain midi. Pourriez-vous m'accorder un entretien avec votre porte-parole ?\r\n\r\nMerci,\r\nJournaliste {n}\r\nRédaction {n % 97}\r\n");

    public static byte[] Reply(string run, int n, string acknowledgementId) => Mime(
        $"Journaliste {n} <{Journalist(run, n)}>",
        $"Re: Demande d'interview n° {n} : le traité sur l'IA",
        $"<reply-{run}-{n}@redaction{n % 97}.fr>",
        $"In-Reply-To: <{acknowledgementId}>\r\nReferences: <inquiry-{run}-{n}@redaction{n % 97}.fr> <{acknowledgementId}>\r\n",
        "Merci pour votre retour rapide. Quinze heures vous conviendrait-il ?\r\n");

    public static byte[] AutoReply(string run, int n, string acknowledgementId) => Mime(
        $"Journaliste {n} <{Journalist(run, n)}>",
        $"Réponse automatique : Demande d'interview n° {n}",
        $"<auto-{run}-{n}@redaction{n % 97}.fr>",
        $"In-Reply-To: <{acknowledgementId}>\r\nAuto-Submitted: auto-replied\r\n",
        "Je suis absent jusqu'au 3 décembre. / I am out of the office.\r\n");

    /// <summary>A delivery status notification for the acknowledgement we sent to <paramref name="n"/>: it answers a Message-ID we sent to that address.</summary>
    public static byte[] Bounce(string run, int n, string acknowledgementId)
    {
        var recipient = Journalist(run, n);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"From: Mail Delivery System <MAILER-DAEMON@mx.redaction{n % 97}.fr>\r\n")
            .Append("To: presse@pauseia.fr\r\nSubject: Undelivered Mail Returned to Sender\r\nDate: Mon, 30 Nov 2026 09:00:00 +0000\r\n")
            .Append(CultureInfo.InvariantCulture, $"Message-ID: <bounce-{run}-{n}@mx.redaction{n % 97}.fr>\r\n")
            .Append("Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"dsn\"\r\n\r\n")
            .Append("--dsn\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nYour message could not be delivered.\r\n\r\n")
            .Append("--dsn\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example\r\n\r\n")
            .Append(CultureInfo.InvariantCulture, $"Final-Recipient: rfc822; {recipient}\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n\r\n")
            .Append("--dsn\r\nContent-Type: text/rfc822-headers\r\n\r\n")
            .Append(CultureInfo.InvariantCulture, $"From: Pause IA Presse <presse@pauseia.fr>\r\nTo: {recipient}\r\nSubject: Accuse de reception\r\nMessage-ID: <{acknowledgementId}>\r\n\r\n")
            .Append("--dsn--\r\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] Mime(string from, string subject, string messageId, string? headers, string body) => Encoding.UTF8.GetBytes(
        $"From: {from}\r\nTo: Pause IA Presse <presse@pauseia.fr>\r\nSubject: =?UTF-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(subject))}?=\r\n" +
        $"Date: Mon, 30 Nov 2026 09:00:00 +0000\r\nMessage-ID: {messageId}\r\n{headers}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}");
}
