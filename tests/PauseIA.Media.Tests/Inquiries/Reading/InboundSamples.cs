using MimeKit;

namespace PauseIA.Media.Tests.Inquiries.Reading;

/// <summary>The sample emails of <c>/work/shared/samples/inbound</c>, linked into the test output as <c>samples/</c>.</summary>
internal static class InboundSamples
{
    public static MimeMessage Load(string fileName) =>
        MimeMessage.Load(Path.Combine(AppContext.BaseDirectory, "samples", "inbound", fileName));

    /// <summary>The body as the inquiry pipeline hands it over: the text part, or the HTML part when there is no text.</summary>
    public static string Body(this MimeMessage message) => message.TextBody ?? message.HtmlBody ?? "";
}
