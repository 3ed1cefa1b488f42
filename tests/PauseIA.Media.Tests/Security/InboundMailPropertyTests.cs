using System.Text;
using System.Text.Json;
using CsCheck;
using PauseIA.Media.Common;
using PauseIA.Media.Email;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Inquiries.Classification;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Inquiries.Mail;
using PauseIA.Media.Inquiries.Processing;
using Xunit.Abstractions;

namespace PauseIA.Media.Tests.Security;

/// <summary>
/// Whatever a mailbox receives, reading it never throws: a post SendGrid would never make is
/// refused with a 4xx before anything is stored (<see cref="DomainException"/>), and everything
/// else is read into an email whose header-bound values can never carry a line break.
/// </summary>
public sealed class InboundMailPropertyTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Arrival = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    private static readonly Gen<InboundForm> ParsedForm = Gen.Select(
        Gen.Select(HostileText.Bytes, HostileText.Bytes, HostileText.Bytes, HostileText.Bytes),
        Gen.Select(HostileText.Bytes, HostileText.Bytes, Charsets(), Envelope()),
        Gen.Select(HostileText.Bytes, Gen.Int[0, 3]),
        (text, more, files) => Form(
            [
                ("headers", Encoding.UTF8.GetBytes("From: x@example.org\r\nSubject: s\r\n").Concat(text.Item1).ToArray()),
                ("from", text.Item2), ("subject", text.Item3), ("text", text.Item4), ("html", more.Item1), ("to", more.Item2),
                ("charsets", Encoding.UTF8.GetBytes(more.Item3)), ("envelope", Encoding.UTF8.GetBytes(more.Item4)),
                ("attachment-info", Encoding.UTF8.GetBytes(files.Item2 == 0 ? "" : """{"attachment1":{"filename":"a\r\n.txt","type":"text/plain"}}""")),
            ],
            files.Item2 == 0 ? [] : [new InboundFormFile("attachment1", "a\r\n.txt", "text/plain", files.Item1)]));

    [Fact]
    public void ARawModePostIsReadOrRefusedNeverThrown() =>
        PropertyRun.Check(
            Gen.Select(HostileMime.Email, Envelope(), (eml, envelope) => Form([("email", eml), ("envelope", Encoding.UTF8.GetBytes(envelope)), ("SPF", "pass"u8.ToArray())], [])),
            AssertReadable,
            400,
            output);

    [Fact]
    public void AParsedModePostIsReadOrRefusedNeverThrown() => PropertyRun.Check(ParsedForm, AssertReadable, 300, output);

    private static void AssertReadable(InboundForm form)
    {
        try
        {
            form.Validate();
        }
        catch (DomainException refused)
        {
            Assert.Equal(DomainErrorKind.BadRequest, refused.Kind);
            return;
        }

        var email = InboundEmailReader.Read(form, InboundKey.For(form), Arrival);
        ReadingServices.Get<InboundClassifier>().Classify(email);
        var facts = ReadingServices.Get<InquiryReader>().Read(email, ["Lyon", "Toulouse"]);
        for (var i = 0; i < email.Attachments.Count; i++)
        {
            Assert.NotNull(InboundEmailReader.ReadAttachment(form, i));
        }

        Assert.True(MailHeaderText.IsSafe(InquirySubjects.Reply(email.Subject, "PIA-2026-0001")));
        Assert.True(MailHeaderText.IsSafe(MailHeaderText.Clean(facts.Journalist.Name)));
        Assert.All(AcknowledgementComposer.ThreadReferences(email), id => Assert.True(MailHeaderText.IsSafe(id) && !id.Contains(' ', StringComparison.Ordinal), id));
    }

    private static Gen<string> Charsets() => Gen.OneOf(
        Gen.OneOf("", "{}", "not json", "{\"subject\":\"x-unknown\",\"text\":\"utf-7\",\"from\":\"iso-2022-jp\"}", "{\"text\":null}", "[1,2]"),
        Gen.Select(Gen.OneOf("utf-8", "iso-8859-1", "windows-1252", "x-unknown", "", "utf-16"), Gen.OneOf("subject", "text", "html", "from"),
            (charset, field) => JsonSerializer.Serialize(new Dictionary<string, string> { [field] = charset })));

    private static Gen<string> Envelope() => Gen.OneOf(
        Gen.OneOf("", "{}", "{\"to\":null,\"from\":null}", "garbage", "{\"to\":\"not a list\"}"),
        HostileText.Text.Select(from => JsonSerializer.Serialize(new { to = new[] { "presse@pauseia.fr" }, from })));

    private static InboundForm Form(IEnumerable<(string Name, byte[] Value)> fields, IReadOnlyList<InboundFormFile> files) =>
        new(fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.OrdinalIgnoreCase), files);
}
