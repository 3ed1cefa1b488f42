using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;
using PauseIA.Media.Statements.Sending;
using PauseIA.Media.Testing;
using PauseIA.Media.Tests.Inquiries;
using PauseIA.Media.Tests.Statements;
using Xunit.Abstractions;

namespace PauseIA.Media.Tests.Security;

/// <summary>
/// No secret and no token reaches a log line. A full run through LocalHost with known secrets, every log
/// category at Trace: inbound posts with <c>?key=</c> (over HTTP and through the SMTP listener), sign-ins,
/// an acknowledgement and a statement sent through SendGrid (a WireMock stub), its unsubscribe links
/// followed; then every captured line (message, structured values, scopes, exceptions) is searched.
/// </summary>
public sealed class SecretsInLogsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task NoSecretNorTokenAppearsInAnyLogLineOfAFullRun()
    {
        var secrets = new Dictionary<string, string>
        {
            ["SendGrid:ApiKey"] = $"SG.{Random()}",
            ["Inbound:Secret"] = Random(),
            ["Statements:UnsubscribeKey"] = Random(),
            ["Contacts:SuppressionKey"] = Random(),
        };
        using var sendGrid = new SendGridStub();
        var logs = new CapturedLogs();
        var settings = secrets.ToDictionary(s => s.Key, s => (string?)s.Value);
        settings["SendGrid:BaseUrl"] = sendGrid.Url;
        settings["Logging:LogLevel:Default"] = "Trace";

        // Asked for by name, ASP.NET Core's own request lines (which print the query) must still stay quiet.
        settings["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Trace";
        await using var site = await LocalHostFixture.StartAsync(new LocalHostFixtureOptions
        {
            Settings = settings,
            ConfigureServices = s => s.AddSingleton<ILoggerProvider>(logs),
        });
        var tag = $"k{Guid.NewGuid():N}"[..10];
        var tokens = new List<string>();

        var (officer, officerCookie) = await SignInAsync(site, TestSettings.PressOfficer);
        var (director, directorCookie) = await SignInAsync(site, TestSettings.CommsDirector);
        var (spokesperson, spokespersonCookie) = await SignInAsync(site, TestSettings.Spokesperson);
        tokens.AddRange([officerCookie, directorCookie, spokespersonCookie]);

        // Mail in, by the webhook (right key, then a wrong one) and by the SMTP listener, which posts with the key itself.
        using var anonymous = site.CreateClient();
        var journalist = $"claire.dubois.{tag}@lemonde.fr";
        using (var posted = await PostInboundAsync(anonymous, secrets["Inbound:Secret"], Email(journalist, $"Demande {tag}")))
        {
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }

        using (var refused = await PostInboundAsync(anonymous, secrets["Inbound:Secret"][..^1], Email(journalist, $"Refusé {tag}")))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        await SendBySmtpAsync(site, Email($"hugo.martin.{tag}@liberation.fr", $"Par SMTP {tag}"));
        await site.WaitForQueueToDrainAsync("inbound");

        // A statement to two journalists, through both keys, sent through SendGrid.
        var reader = $"ana.silva.{tag}@publico.pt";
        await CreateContactAsync(spokesperson, reader);
        var id = await SendStatementAsync(officer, director, spokesperson, [journalist, reader], tag);
        await site.WaitForQueueToDrainAsync(StatementSendQueue.Name);
        var links = sendGrid.Accepted
            .SelectMany(r => r["personalizations"]!.AsArray())
            .Select(p => (string)p!["substitutions"]![StatementMessageBuilder.UnsubscribePlaceholder]!)
            .ToList();
        Assert.Equal(2, links.Count);
        tokens.AddRange(links.Select(l => l[(l.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..]));

        // The journalist follows the link, confirms; a forged link is refused.
        var link = new Uri(links[0]).PathAndQuery;
        using (var page = await anonymous.GetAsync(new Uri(link, UriKind.Relative)))
        using (var confirm = await anonymous.PostAsync(new Uri(link, UriKind.Relative), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")])))
        using (var forged = await anonymous.GetAsync(new Uri(link[..^3] + "AAA", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        using (var signOut = await officer.GetAsync(new Uri("/.auth/logout", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Found, signOut.StatusCode);
        }

        var lines = logs.Lines;
        var leaks = (from line in lines
                     from secret in secrets.Select(s => (Name: s.Key, s.Value)).Concat(tokens.Select((t, i) => (Name: $"token {i + 1}", Value: t)))
                     where Leaks(line, secret.Value)
                     select $"{secret.Name} in: {line}").ToList();
        output.WriteLine($"{lines.Count} log lines read, {secrets.Count} secrets and {tokens.Count} tokens searched for; statement {id}.");
        Assert.True(leaks.Count == 0, string.Join('\n', leaks.Take(20)));

        // The capture saw the run: the functions ran, and each request was logged with its key hidden.
        Assert.Contains(lines, l => l.Contains("Executed InboundQueue ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("POST /api/inbound/sendgrid?key=***", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("POST /api/unsubscribe?token=***", StringComparison.Ordinal));
    }

    /// <summary>The whole value, or a telling part of it (a log that truncates, or that prints the URL-encoded form).</summary>
    private static bool Leaks(string line, string secret) =>
        line.Contains(secret, StringComparison.Ordinal)
        || line.Contains(Uri.EscapeDataString(secret), StringComparison.Ordinal)
        || line.Contains(secret[^16..], StringComparison.Ordinal);

    private static string Random() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    /// <summary>Signs in on the Development page and keeps the session cookie by hand, to know its value.</summary>
    private static async Task<(HttpClient Client, string Cookie)> SignInAsync(LocalHostFixture site, string email)
    {
        using var anonymous = site.CreateClient();
        using var response = await anonymous.PostAsync(new Uri("/.auth/login/dev", UriKind.Relative), new FormUrlEncodedContent([new("email", email)]));
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        var client = site.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return (client, cookie[(cookie.IndexOf('=', StringComparison.Ordinal) + 1)..]);
    }

    private static async Task<HttpResponseMessage> PostInboundAsync(HttpClient client, string key, byte[] eml)
    {
        var post = InboundPosts.Raw(eml);
        var content = new ByteArrayContent(post.Body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(post.ContentType);
        return await client.PostAsync(new Uri($"/api/inbound/sendgrid?key={Uri.EscapeDataString(key)}", UriKind.Relative), content);
    }

    private static async Task SendBySmtpAsync(LocalHostFixture site, byte[] eml)
    {
        var message = MimeMessage.Load(new MemoryStream(eml));
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync("127.0.0.1", site.Host.SmtpPort, SecureSocketOptions.None);
        await smtp.SendAsync(message);
        await smtp.DisconnectAsync(quit: true);
    }

    private static async Task CreateContactAsync(HttpClient client, string email)
    {
        using var response = await client.PostAsync(
            new Uri("/api/contacts", UriKind.Relative),
            JsonContent.Create(new { email, firstName = "Ana", lastName = "Silva", outlet = "Público", mediaType = "print", language = "fr" }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>Drafted by the press officer, approved by the director, signed off and sent by the spokesperson.</summary>
    private static async Task<string> SendStatementAsync(HttpClient officer, HttpClient director, HttpClient spokesperson, string[] emails, string tag)
    {
        var markdown = $"---\ntitle: Pause IA salue le moratoire {tag}\nlanguage: fr\n---\n# Moratoire\n\nPause IA salue la décision.\n";
        var created = await PostAsync(officer, "/api/statements", new { markdown, kind = "pressRelease", audience = new { emails } }, HttpStatusCode.Created);
        var id = created["id"]!.GetValue<string>();
        await PostAsync(officer, $"/api/statements/{id}/submit", new { }, HttpStatusCode.OK);
        await PostAsync(director, $"/api/statements/{id}/review", new { decision = "approve", comment = "OK" }, HttpStatusCode.OK);
        await PostAsync(spokesperson, $"/api/statements/{id}/signoff", new { }, HttpStatusCode.OK);
        await PostAsync(spokesperson, $"/api/statements/{id}/send", new { }, HttpStatusCode.Accepted);
        return id;
    }

    private static async Task<JsonObject> PostAsync(HttpClient client, string path, object body, HttpStatusCode expected)
    {
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), JsonContent.Create(body));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"POST {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    private static byte[] Email(string from, string subject) => Encoding.UTF8.GetBytes(string.Join("\r\n",
        $"From: <{from}>",
        "To: Pause IA Presse <presse@pauseia.fr>",
        $"Subject: {subject}",
        $"Date: {DateTimeOffset.UtcNow:R}",
        $"Message-ID: <{Guid.NewGuid():N}@{from.Split('@')[1]}>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "",
        "Bonjour, pourriez-vous nous accorder un entretien ?",
        ""));
}
