using System.Text.RegularExpressions;
using CsCheck;
using PauseIA.Media.Email;
using PauseIA.Media.Inquiries.Mail;
using PauseIA.Media.Inquiries.Processing;
using PauseIA.Media.Inquiries.Reading;
using Xunit.Abstractions;

namespace PauseIA.Media.Tests.Security;

/// <summary>
/// A deadline read from any text is one the journalist could have meant: after the mail was
/// written, within the reader's one-year horizon, quoted from the mail's own words, and never
/// later than a year after it reached us, whatever its <c>Date</c> header claims.
/// </summary>
public sealed partial class DeadlinePropertyTests(ITestOutputHelper output)
{
    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.OneOf(
            "avant", "d'ici", "pour", "by", "before", "no later than", "deadline", "bouclage", "délai", "besoin", "répondre", "need", "confirm",
            "au plus tard", "dernier délai", "at the latest", "max", "end of day", "fin de journée", "COB", "EOD", "sous 24h", "within 2 hours",
            "jusqu'au", "until", "demain", "tomorrow", "ce soir", "tonight", "cet après-midi", "this morning", "midi", "minuit", "midnight",
            "lundi", "vendredi", "Friday", "next Monday", "le 4 décembre", "4/12", "31/02", "29/02/2027", "12/13/2026", "December 4th", "4 déc.",
            "16h", "16h30", "9h", "3pm", "3 pm", "15:00", "25h", "24:00", "0h", "12am", "12pm", "1h", "5h du matin",
            "CET", "CEST", "heure de Paris", "GMT", "BST", "UK time", "ET", "PT", "UTC+14", "UTC-12",
            "2026", "1999", "2100", "9999", ",", ".", "\n", "\n\n", "> ", "Le 3 déc. 2026 à 10:00, Claire a écrit :", "Re:", "TR:"),
        HostileText.Text);

    private static readonly Gen<string> Text = Gen.Select(Piece.Array[0, 14], Gen.Bool, (pieces, spaced) => string.Join(spaced ? " " : "", pieces));

    private static readonly Gen<DateTimeOffset> Instant = Gen.Select(Gen.Int[0, 20 * 365], Gen.Int[0, 86_399], Gen.Int[-14 * 4, 14 * 4],
        (days, seconds, quarters) => new DateTimeOffset(new DateTime(2016, 1, 1).AddDays(days).AddSeconds(seconds), TimeSpan.FromMinutes(15 * quarters)));

    private readonly DeadlineReader reader = new();

    [Fact]
    public void ADeadlineIsAfterTheMailWithinAYearAndQuotedFromIt() =>
        PropertyRun.Check(
            Gen.Select(Text, Text, Instant, Gen.OneOf<string?>(null, "Europe/Paris", "America/New_York", "Pacific/Kiritimati", "Not/AZone")),
            c =>
            {
                var (subject, body, sentAt, zone) = c;
                if (reader.Read(subject, body, sentAt, zone) is not { } deadline)
                {
                    return;
                }

                Assert.True(deadline.Utc > sentAt, $"{deadline.Utc:O} is not after {sentAt:O}");
                Assert.True(deadline.Utc - sentAt <= TimeSpan.FromDays(366), $"{deadline.Utc:O} is more than a year after {sentAt:O}");
                Assert.Equal(TimeSpan.Zero, deadline.Utc.Offset);
                Assert.False(string.IsNullOrWhiteSpace(deadline.Phrase));
                Assert.Contains(Collapse(deadline.Phrase), Collapse(subject + " " + body), StringComparison.Ordinal);
            },
            1000,
            output);

    [Fact]
    public void AnInquirysDeadlineIsNeverMoreThanAYearAfterItsArrivalWhateverItsDateHeader() =>
        PropertyRun.Check(
            Gen.Select(Text, Instant, Instant),
            c =>
            {
                var (body, sentAt, arrival) = c;
                var email = new InboundEmail
                {
                    Key = "k",
                    ReceivedAt = arrival,
                    SentAt = sentAt,
                    From = new MailAddress("claire.dubois@lemonde.fr", "Claire Dubois"),
                    Subject = "Demande d'interview",
                    Text = body,
                };
                var deadline = ReadingServices.Get<InquiryReader>().Read(email, ["Lyon"]).Deadline;
                if (deadline is not null)
                {
                    Assert.True(deadline.Utc - arrival <= TimeSpan.FromDays(366), $"Date {sentAt:O}, arrival {arrival:O}: deadline {deadline.Utc:O} ({deadline.Phrase})");
                }
            },
            500,
            output);

    private static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
