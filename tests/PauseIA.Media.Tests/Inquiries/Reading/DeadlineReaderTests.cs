using PauseIA.Media.Inquiries.Reading;

namespace PauseIA.Media.Tests.Inquiries.Reading;

public sealed class DeadlineReaderTests
{
    // Tuesday 24 November 2026, 10:00 in Paris (CET, UTC+1).
    private const string Tuesday10 = "2026-11-24T10:00:00+01:00";

    private readonly DeadlineReader reader = new();

    [Theory]
    [InlineData("Merci de me répondre avant 16h.", "2026-11-24T15:00:00Z", "avant 16h")]
    [InlineData("Pouvez-vous me rappeler avant 16h30 ?", "2026-11-24T15:30:00Z", "avant 16h30")]
    [InlineData("Un retour avant 16 h 30 serait parfait.", "2026-11-24T15:30:00Z", "avant 16 h 30")]
    [InlineData("Réponse attendue avant 16:30 svp", "2026-11-24T15:30:00Z", "avant 16:30")]
    [InlineData("Il me faudrait un retour avant 15 heures.", "2026-11-24T14:00:00Z", "avant 15 heures")]
    [InlineData("Mon bouclage est ce soir à 18h.", "2026-11-24T17:00:00Z", "bouclage est ce soir à 18h")]
    [InlineData("Attention, bouclage ce soir 18h !", "2026-11-24T17:00:00Z", "bouclage ce soir 18h")]
    [InlineData("Pourriez-vous me répondre d'ici jeudi midi ?", "2026-11-26T11:00:00Z", "d'ici jeudi midi")]
    [InlineData("Pourriez-vous me répondre d’ici jeudi midi ?", "2026-11-26T11:00:00Z", "d’ici jeudi midi")]
    [InlineData("J'aurais besoin d'une réaction demain matin.", "2026-11-25T11:00:00Z", "besoin d'une réaction demain matin")]
    [InlineData("Il me faut un avis pour demain.", "2026-11-25T17:00:00Z", "pour demain")]
    [InlineData("C'est pour après-demain.", "2026-11-26T17:00:00Z", "pour après-demain")]
    [InlineData("Merci de répondre d'ici midi.", "2026-11-24T11:00:00Z", "d'ici midi")]
    [InlineData("Un retour avant minuit suffira.", "2026-11-24T23:00:00Z", "avant minuit")]
    [InlineData("Je dois rendre mon papier pour aujourd'hui.", "2026-11-24T17:00:00Z", "pour aujourd'hui")]
    [InlineData("Merci de me dire d'ici ce soir.", "2026-11-24T19:00:00Z", "d'ici ce soir")]
    [InlineData("Un retour d'ici cet après-midi ?", "2026-11-24T17:00:00Z", "d'ici cet après-midi")]
    [InlineData("Un retour en fin de journée ?", "2026-11-24T17:00:00Z", "fin de journée")]
    [InlineData("Il me faut votre réaction 17h au plus tard.", "2026-11-24T16:00:00Z", "17h au plus tard")]
    [InlineData("Confirmez avant 8h du soir.", "2026-11-24T19:00:00Z", "avant 8h du soir")]
    [InlineData("Un retour demain avant 10h serait idéal.", "2026-11-25T09:00:00Z", "demain avant 10h")]
    [InlineData("Délai : avant jeudi 26 novembre à 14h.", "2026-11-26T13:00:00Z", "avant jeudi 26 novembre à 14h")]
    [InlineData("Date limite : le 4/12.", "2026-12-04T17:00:00Z", "Date limite : le 4/12")]
    [InlineData("Merci de répondre avant le 4 décembre.", "2026-12-04T17:00:00Z", "avant le 4 décembre")]
    [InlineData("Merci de répondre avant le 1er décembre à 9h.", "2026-12-01T08:00:00Z", "avant le 1er décembre à 9h")]
    [InlineData("16h, c'est notre heure limite.", "2026-11-24T15:00:00Z", "16h, c'est notre heure limite")]
    [InlineData("Réponse sous 24h svp.", "2026-11-25T09:00:00Z", "sous 24h")]
    [InlineData("Un retour dans l'heure serait top.", "2026-11-24T10:00:00Z", "dans l'heure")]
    [InlineData("Pouvez-vous me répondre d'ici 2h ?", "2026-11-24T11:00:00Z", "d'ici 2h")]
    [InlineData("Retour attendu pour 14h.", "2026-11-24T13:00:00Z", "pour 14h")]
    [InlineData("Avant 16h (heure de Paris) svp.", "2026-11-24T15:00:00Z", "Avant 16h (heure de Paris)")]
    [InlineData("Nous bouclons vendredi à 12h.", "2026-11-27T11:00:00Z", "bouclons vendredi à 12h")]
    [InlineData("Our deadline is 3pm CET tomorrow.", "2026-11-25T14:00:00Z", "deadline is 3pm CET tomorrow")]
    [InlineData("Could you get back to me by noon tomorrow (London time)?", "2026-11-25T12:00:00Z", "by noon tomorrow (London time)")]
    [InlineData("Deadline: Friday 4 December", "2026-12-04T17:00:00Z", "Deadline: Friday 4 December")]
    [InlineData("Deadline: Fri 4 Dec", "2026-12-04T17:00:00Z", "Deadline: Fri 4 Dec")]
    [InlineData("We need it by December 4th.", "2026-12-04T17:00:00Z", "by December 4th")]
    [InlineData("Please reply no later than Dec. 4.", "2026-12-04T17:00:00Z", "no later than Dec. 4")]
    [InlineData("We'd need it by 4 Dec.", "2026-12-04T17:00:00Z", "by 4 Dec")]
    [InlineData("Could you send a comment by end of day?", "2026-11-24T17:00:00Z", "by end of day")]
    [InlineData("Please reply by COB.", "2026-11-24T17:00:00Z", "by COB")]
    [InlineData("A quote by 4pm would be great.", "2026-11-24T15:00:00Z", "by 4pm")]
    [InlineData("A quote by 4.30pm would be great.", "2026-11-24T15:30:00Z", "by 4.30pm")]
    [InlineData("A quote before 4:30 p.m. would be great.", "2026-11-24T15:30:00Z", "before 4:30 p.m.")]
    [InlineData("We need it by midnight.", "2026-11-24T23:00:00Z", "by midnight")]
    [InlineData("Could you reply by tonight?", "2026-11-24T19:00:00Z", "by tonight")]
    [InlineData("Could you reply by tomorrow morning?", "2026-11-25T11:00:00Z", "by tomorrow morning")]
    [InlineData("Could we have it by the day after tomorrow?", "2026-11-26T17:00:00Z", "by the day after tomorrow")]
    [InlineData("Please answer by Friday.", "2026-11-27T17:00:00Z", "by Friday")]
    [InlineData("Please answer no later than 11am on Thursday.", "2026-11-26T10:00:00Z", "no later than 11am on Thursday")]
    [InlineData("Please answer by Friday at 3pm.", "2026-11-27T14:00:00Z", "by Friday at 3pm")]
    [InlineData("We go live soon, so within 2 hours please.", "2026-11-24T11:00:00Z", "within 2 hours")]
    [InlineData("Could you reply by tomorrow at 3pm EST?", "2026-11-25T20:00:00Z", "by tomorrow at 3pm EST")]
    [InlineData("Please comment by 5pm UK time.", "2026-11-24T17:00:00Z", "by 5pm UK time")]
    [InlineData("Please comment by 10am PT tomorrow.", "2026-11-25T18:00:00Z", "by 10am PT tomorrow")]
    [InlineData("Please comment by 2pm tomorrow (Brussels time).", "2026-11-25T13:00:00Z", "by 2pm tomorrow (Brussels time)")]
    [InlineData("Please comment by 3pm GMT+1.", "2026-11-24T14:00:00Z", "by 3pm GMT+1")]
    [InlineData("Please comment by 14:00 UTC.", "2026-11-24T14:00:00Z", "by 14:00 UTC")]
    [InlineData("Délai de réponse : jeudi matin", "2026-11-26T11:00:00Z", "Délai de réponse : jeudi matin")]
    [InlineData("J'ai besoin de votre réponse au plus tard demain à 9h30.", "2026-11-25T08:30:00Z", "au plus tard demain à 9h30")]
    [InlineData("Un retour au plus tard jeudi ?", "2026-11-26T17:00:00Z", "au plus tard jeudi")]
    [InlineData("Je publie demain matin, donc réponse avant ce soir 20h svp.", "2026-11-24T19:00:00Z", "avant ce soir 20h")]
    [InlineData("Je dois rendre mon papier à 18h, pourriez-vous me rappeler avant ?", "2026-11-24T17:00:00Z", "rendre mon papier à 18h")]
    [InlineData("D'ici la fin de la semaine si possible.", "2026-11-27T17:00:00Z", "D'ici la fin de la semaine")]
    [InlineData("Merci de répondre avant le 3 décembre avant midi.", "2026-12-03T11:00:00Z", "avant le 3 décembre avant midi")]
    [InlineData("Before the weekend please.", "2026-11-27T17:00:00Z", "Before the weekend")]
    [InlineData("Could you respond by EOD Wednesday?", "2026-11-25T17:00:00Z", "by EOD Wednesday")]
    [InlineData("Please respond within 48 hours.", "2026-11-26T09:00:00Z", "within 48 hours")]
    [InlineData("Can you reply in the next hour?", "2026-11-24T10:00:00Z", "in the next hour")]
    [InlineData("Need it by 5.", "2026-11-24T16:00:00Z", "by 5")]
    [InlineData("Our deadline is Thursday, December 3 at 5pm ET.", "2026-12-03T22:00:00Z", "deadline is Thursday, December 3 at 5pm ET")]
    [InlineData("We need it for our 6pm bulletin.", "2026-11-24T17:00:00Z", "for our 6pm")]
    public void ReadsTheDeadlineAndThePhraseItCameFrom(string body, string expectedUtc, string expectedPhrase)
    {
        var deadline = reader.Read("Demande", body, DateTimeOffset.Parse(Tuesday10));

        Assert.NotNull(deadline);
        Assert.Equal(DateTimeOffset.Parse(expectedUtc), deadline.Utc);
        Assert.Equal(TimeSpan.Zero, deadline.Utc.Offset);
        Assert.Equal(expectedPhrase, deadline.Phrase);
    }

    [Theory]
    [InlineData("avant 16h (heure de Paris)", "Europe/Paris")]
    [InlineData("by 5pm UK time", "Europe/London")]
    [InlineData("by 2pm (Brussels time)", "Europe/Brussels")]
    [InlineData("by 3pm ET", "America/New_York")]
    [InlineData("by 14:00 UTC", "UTC")]
    [InlineData("by 3pm GMT+2", "UTC+02:00")]
    [InlineData("avant 16h", "Europe/Paris")]
    public void ReportsTheTimeZoneItResolvedIn(string body, string expectedZone)
    {
        Assert.Equal(expectedZone, reader.Read("", body, DateTimeOffset.Parse(Tuesday10))?.TimeZone);
    }

    [Theory]
    [InlineData("L'émission est diffusée à 20h.")]
    [InlineData("15h me convient très bien, j'appellerai le numéro indiqué.")]
    [InlineData("Je serai disponible jeudi après-midi.")]
    [InlineData("Je suis absente jusqu'au 2 décembre inclus.")]
    [InlineData("Merci de me répondre au plus vite.")]
    [InlineData("Bonjour, pouvez-vous m'envoyer votre communiqué ?")]
    [InlineData("Rendez-vous place Bellecour samedi après-midi.")]
    [InlineData("Nous organisons une soirée de lancement, merci pour votre venue.")]
    [InlineData("Tél : 06 12 34 56 78 — 24h/24, 7j/7.")]
    [InlineData("Le sommet s'est tenu le 4 décembre 2025, avant le 5 décembre 2025 la réponse était attendue.")]
    [InlineData("Pour Midi Libre, je prépare un article.")]
    [InlineData("Nous l'avons vu avant-hier soir.")]
    [InlineData("Thanks for today, it was great.")]
    [InlineData("Merci pour demain !")]
    [InlineData("Interview possible demain entre 10h et 12h ?")]
    [InlineData("La conférence est à 10h, puis débat à 11h.")]
    [InlineData("Je serai de retour lundi.")]
    public void FindsNoDeadlineWhereThereIsNone(string body)
    {
        Assert.Null(reader.Read("Demande d'information", body, DateTimeOffset.Parse(Tuesday10)));
    }

    [Fact]
    public void PrefersTheEarliestDeadline()
    {
        var deadline = reader.Read(
            "Demande d'interview – bouclage ce soir",
            "Mon bouclage est ce soir à 18h, donc idéalement avant 16h.",
            DateTimeOffset.Parse(Tuesday10));

        Assert.Equal(DateTimeOffset.Parse("2026-11-24T15:00:00Z"), deadline?.Utc);
        Assert.Equal("avant 16h", deadline?.Phrase);
    }

    // Found by DeadlinePropertyTests (seed 74G0qOOiafK5): a cue ending the subject took the time opening the body.
    [Theory]
    [InlineData("Interview avant", "demain nous publions notre enquête.")]
    [InlineData("Demande", "Pourriez-vous répondre avant\n\ndemain nous publions notre enquête.")]
    public void ACueDoesNotReachATimeInTheNextParagraph(string subject, string body) =>
        Assert.Null(reader.Read(subject, body, DateTimeOffset.Parse(Tuesday10)));

    [Fact]
    public void ReadsTheDeadlineInTheSubject()
    {
        var deadline = reader.Read("Interview IA – deadline 17h", "Bonjour, pourriez-vous me rappeler ?", DateTimeOffset.Parse(Tuesday10));

        Assert.Equal(DateTimeOffset.Parse("2026-11-24T16:00:00Z"), deadline?.Utc);
        Assert.Equal("deadline 17h", deadline?.Phrase);
    }

    [Theory]
    [InlineData("2026-11-24T15:00:00+01:00", "avant 9h", "2026-11-25T08:00:00Z")]
    [InlineData("2026-11-24T08:00:00+01:00", "avant 9h", "2026-11-24T08:00:00Z")]
    [InlineData("2026-11-24T13:00:00+01:00", "d'ici midi", "2026-11-25T11:00:00Z")]
    [InlineData("2026-11-24T19:30:00+01:00", "en fin de journée", "2026-11-25T17:00:00Z")]
    public void ATimeWithoutADayThatHasPassedIsTheNextDays(string sentAt, string body, string expectedUtc)
    {
        Assert.Equal(DateTimeOffset.Parse(expectedUtc), reader.Read("", body, DateTimeOffset.Parse(sentAt))?.Utc);
    }

    [Theory]
    [InlineData("2026-11-26T10:00:00+01:00", "2026-11-26T17:00:00Z")]
    [InlineData("2026-11-26T19:00:00+01:00", "2026-12-03T17:00:00Z")]
    [InlineData("2026-11-27T09:00:00+01:00", "2026-12-03T17:00:00Z")]
    public void AWeekdayIsItsNextOccurrenceStillToCome(string sentAt, string expectedUtc)
    {
        Assert.Equal(DateTimeOffset.Parse(expectedUtc), reader.Read("", "Un retour d'ici jeudi ?", DateTimeOffset.Parse(sentAt))?.Utc);
    }

    [Fact]
    public void ADateWithoutAYearIsTheNextOneToCome()
    {
        var deadline = reader.Read("", "Merci de répondre avant le 5 janvier.", DateTimeOffset.Parse("2026-12-28T10:00:00+01:00"));

        Assert.Equal(DateTimeOffset.Parse("2027-01-05T17:00:00Z"), deadline?.Utc);
    }

    [Fact]
    public void EarlyAfternoonHoursWithoutAmOrPmAreAfternoonHours()
    {
        Assert.Equal(DateTimeOffset.Parse("2026-11-24T16:00:00Z"), reader.Read("", "Un retour avant 5h ?", DateTimeOffset.Parse(Tuesday10))?.Utc);
        Assert.Equal(DateTimeOffset.Parse("2026-11-25T04:00:00Z"), reader.Read("", "Un retour avant 5h du matin ?", DateTimeOffset.Parse(Tuesday10))?.Utc);
    }

    [Theory]
    // Paris moves to CEST on Sunday 29 March 2026 and back to CET on Sunday 25 October 2026.
    [InlineData("2026-03-28T10:00:00+01:00", "Un retour d'ici demain 10h ?", "2026-03-29T08:00:00Z")]
    [InlineData("2026-03-28T22:00:00+01:00", "Un retour avant 9h ?", "2026-03-29T07:00:00Z")]
    [InlineData("2026-03-27T10:00:00+01:00", "Deadline: Monday 30 March, noon", "2026-03-30T10:00:00Z")]
    [InlineData("2026-10-24T10:00:00+02:00", "Un retour d'ici demain 10h ?", "2026-10-25T09:00:00Z")]
    [InlineData("2026-10-24T22:00:00+02:00", "Un retour avant 9h ?", "2026-10-25T08:00:00Z")]
    [InlineData("2026-07-15T10:00:00+02:00", "Our deadline is 3pm CET.", "2026-07-15T13:00:00Z")]
    // The wall-clock hour that happens twice is taken the first time; the hour that never happens, at its end.
    [InlineData("2026-10-24T20:00:00+02:00", "Un retour avant 2h30 du matin ?", "2026-10-25T00:30:00Z")]
    [InlineData("2026-03-28T20:00:00+01:00", "Un retour avant 2h30 du matin ?", "2026-03-29T01:00:00Z")]
    // London changes on the same Sunday as Paris; New York three weeks earlier, on 8 March 2026.
    [InlineData("2026-03-28T10:00:00+00:00", "Could you reply by noon tomorrow (London time)?", "2026-03-29T11:00:00Z")]
    [InlineData("2026-03-10T09:00:00+01:00", "Could you reply by 3pm ET tomorrow?", "2026-03-11T19:00:00Z")]
    public void ResolvesAcrossDaylightSavingChanges(string sentAt, string body, string expectedUtc)
    {
        Assert.Equal(DateTimeOffset.Parse(expectedUtc), reader.Read("", body, DateTimeOffset.Parse(sentAt))?.Utc);
    }

    [Fact]
    public void UsesTheDefaultTimeZoneGiven()
    {
        var deadline = reader.Read("", "Please reply before 4pm.", DateTimeOffset.Parse("2026-11-24T10:00:00-05:00"), "America/New_York");

        Assert.Equal(DateTimeOffset.Parse("2026-11-24T21:00:00Z"), deadline?.Utc);
        Assert.Equal("America/New_York", deadline?.TimeZone);
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("")]
    [InlineData("UTC+99:00")]
    public void FallsBackToParisForAnUnknownDefaultTimeZone(string zone)
    {
        var deadline = reader.Read("", "avant 16h", DateTimeOffset.Parse(Tuesday10), zone);

        Assert.Equal(DateTimeOffset.Parse("2026-11-24T15:00:00Z"), deadline?.Utc);
        Assert.Equal("Europe/Paris", deadline?.TimeZone);
    }

    [Fact]
    public void ReadsTheSendersDeadlineFromTheEmailsDate()
    {
        // Sent at 23:30 UTC, which is already Wednesday in Paris: "demain" is Thursday.
        var deadline = reader.Read("", "Réponse pour demain midi.", DateTimeOffset.Parse("2026-11-24T23:30:00Z"));

        Assert.Equal(DateTimeOffset.Parse("2026-11-26T11:00:00Z"), deadline?.Utc);
    }

    [Fact]
    public void IgnoresDeadlinesInQuotedText()
    {
        const string body = "Merci, c'est noté.\n\nLe mar. 24 nov. 2026 à 10:13, Pause IA Presse <presse@pauseia.fr> a écrit :\n> Nous vous répondons avant 16h.";

        Assert.Null(reader.Read("Re: Interview", body, DateTimeOffset.Parse(Tuesday10)));
        Assert.Null(reader.Read("Re: Interview", "Merci.\n> Deadline avant 16h", DateTimeOffset.Parse(Tuesday10)));
    }

    [Fact]
    public void IgnoresTheHistoryOfAnOutlookReply()
    {
        const string body = "Merci, c'est noté.\n\nDe : Claire Dubois <claire.dubois@lemonde.fr>\nEnvoyé : lundi 23 novembre 2026 10:12\nÀ : presse@pauseia.fr\nObjet : Interview\n\nMon bouclage est avant 16h.";

        Assert.Null(reader.Read("RE: Interview", body, DateTimeOffset.Parse(Tuesday10)));
    }

    [Fact]
    public void ReadsTheDeadlineOfAnHtmlBody()
    {
        const string html = "<html><body><p>Bonjour,</p><p>Merci de nous confirmer <u>avant 17h</u>.</p><blockquote>Deadline 11h</blockquote></body></html>";

        var deadline = reader.Read("Invitation", html, DateTimeOffset.Parse(Tuesday10));

        Assert.Equal(DateTimeOffset.Parse("2026-11-24T16:00:00Z"), deadline?.Utc);
        Assert.Equal("avant 17h", deadline?.Phrase);
    }

    [Fact]
    public void ShowsAPhraseWrappedOverTwoLinesWithOneSpace()
    {
        var deadline = reader.Read("", "Our deadline is 3pm CET\r\ntomorrow (Thursday).", DateTimeOffset.Parse(Tuesday10));

        Assert.Equal("deadline is 3pm CET tomorrow (Thursday)", deadline?.Phrase);
    }

    [Theory]
    [InlineData("01-fr-national-deadline.eml", "2026-11-24T15:00:00Z", "avant 16h")]
    [InlineData("02-en-international.eml", "2026-11-26T14:00:00Z", "deadline is 3pm CET tomorrow (Thursday)")]
    [InlineData("07-fr-tv-urgent.eml", "2026-11-23T16:00:00Z", "avant 17h")]
    public void ReadsTheDeadlinesOfTheSampleEmails(string file, string expectedUtc, string expectedPhrase)
    {
        var message = InboundSamples.Load(file);

        var deadline = reader.Read(message.Subject ?? "", message.Body(), message.Date);

        Assert.Equal(DateTimeOffset.Parse(expectedUtc), deadline?.Utc);
        Assert.Equal(expectedPhrase, deadline?.Phrase);
        Assert.Equal("Europe/Paris", deadline?.TimeZone);
    }

    [Theory]
    [InlineData("03-fr-local-lyon.eml")]
    [InlineData("04-auto-reply-ooo.eml")]
    [InlineData("06-reply-in-thread.eml")]
    [InlineData("08-bulk-newsletter.eml")]
    public void FindsNoDeadlineInSampleEmailsWithoutOne(string file)
    {
        var message = InboundSamples.Load(file);

        Assert.Null(reader.Read(message.Subject ?? "", message.Body(), message.Date));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "\r\n\r\n\t")]
    [InlineData("avant", "avant")]
    [InlineData("🚨🚨 URGENT 🚨", "Réponse ⏰ avant 16h 🙏 \u200B\u202E\u0301\u0301")]
    [InlineData("\uD800", "\uDFFF avant \uD800 16h")]
    [InlineData("by", "by by by by by 99h 31/02 32 décembre 25:61 0pm 13pm")]
    [InlineData("Deadline", "Deadline: Friday 31 February")]
    public void NeverThrowsOnOddInput(string subject, string body)
    {
        var deadline = reader.Read(subject, body, DateTimeOffset.Parse(Tuesday10));

        Assert.True(deadline is null || deadline.Utc > DateTimeOffset.Parse(Tuesday10));
    }

    [Fact]
    public void NeverThrowsAtTheEdgesOfTheCalendar()
    {
        Assert.Null(reader.Read("", "avant 16h, by Friday, pour demain", DateTimeOffset.MaxValue));
        Assert.NotNull(reader.Read("", "avant 16h", DateTimeOffset.MinValue.AddDays(2)));
    }

    [Fact]
    public void ReadsAHugeBodyQuickly()
    {
        var body = string.Concat(Enumerable.Repeat("Bonjour 16 h 16 16:16 le 16/16 avant avant deadline d'ici by pour ", 20_000)) + " avant 16h";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        reader.Read("", body, DateTimeOffset.Parse(Tuesday10));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
