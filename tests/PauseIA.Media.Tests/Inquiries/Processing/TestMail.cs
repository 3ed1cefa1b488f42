namespace PauseIA.Media.Tests.Inquiries.Processing;

/// <summary>Small emails written for one case each.</summary>
public static class TestMail
{
    public static byte[] Eml(string from, string subject, string body, string? messageId, params string[] headers)
    {
        var lines = new List<string> { $"From: {from}", "To: Pause IA Presse <presse@pauseia.fr>", $"Subject: {subject}", "Date: Mon, 30 Nov 2026 09:00:00 +0100" };
        if (messageId is not null)
        {
            lines.Add($"Message-ID: <{messageId}>");
        }

        lines.AddRange(headers);
        lines.AddRange(["MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "", body, ""]);
        return Samples.Eml(string.Join('\n', lines));
    }
}
