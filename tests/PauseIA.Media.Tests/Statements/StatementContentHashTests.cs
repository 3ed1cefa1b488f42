using System.Text;
using PauseIA.Media.Email;
using PauseIA.Media.Statements;

namespace PauseIA.Media.Tests.Statements;

public sealed class StatementContentHashTests
{
    private static readonly StatementContent Content = new(
        "# Traité\n\nTexte é.\n",
        "Traité",
        new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(1)),
        EmbargoMode.AtEmbargo,
        new MailAddress("Presse@PauseIA.fr", "Pause IA – Presse"),
        StatementAudience.ForSegment("presse-nationale"));

    [Fact]
    public void TheCanonicalFormIsLengthPrefixedFieldsInAFixedOrder()
    {
        var canonical = Encoding.UTF8.GetString(StatementContentHash.Canonicalize(Content));

        Assert.Equal(
            "format:19:pauseia-statement/1\n" +
            "title:7:Traité\n" +
            "embargo:20:2026-12-01T07:00:00Z\n" +
            "embargo-mode:9:atEmbargo\n" +
            "sender-email:17:presse@pauseia.fr\n" +
            "sender-name:19:Pause IA – Presse\n" +
            "audience:24:segment:presse-nationale\n" +
            "markdown:21:# Traité\n\nTexte é.\n\n",
            canonical);
    }

    [Fact]
    public void TheHashIsStableAcrossReleases() =>
        Assert.Equal("b0bc91f1bf5e4c60fcbc166c3a3eddd283a5f30b04ccbdaf1d001bacb7773f88", StatementContentHash.Compute(Content));

    public static TheoryData<string, StatementContent> Changes() => new()
    {
        { "markdown", Content with { Markdown = "# Traité\n\nTexte e.\n" } },
        { "title", Content with { Title = "Traité !" } },
        { "embargo", Content with { Embargo = Content.Embargo!.Value.AddMinutes(1) } },
        { "embargo mode", Content with { EmbargoMode = EmbargoMode.BeforeWithLine } },
        { "sender address", Content with { Sender = new MailAddress("communication@pauseia.fr", "Pause IA – Presse") } },
        { "sender name", Content with { Sender = new MailAddress("presse@pauseia.fr", "Pause IA") } },
        { "audience", Content with { Audience = StatementAudience.ForSegment("presse-locale") } },
        { "audience kind", Content with { Audience = new StatementAudience(Emails: ["a@example.org"]) } },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void EveryPartOfWhatIsSentChangesTheHash(string part, StatementContent changed) =>
        Assert.True(StatementContentHash.Compute(changed) != StatementContentHash.Compute(Content), $"{part} does not change the hash");

    [Fact]
    public void AnEmailListHashesTheSameInAnyOrder()
    {
        var one = Content with { Audience = new StatementAudience(Emails: ["b@example.org", "a@example.org"]) };
        var other = Content with { Audience = new StatementAudience(Emails: ["a@example.org", "b@example.org"]) };

        Assert.Equal(StatementContentHash.Compute(one), StatementContentHash.Compute(other));
    }

    [Fact]
    public void ValuesCannotBleedIntoTheNextField()
    {
        var one = Content with { Title = "A\ntitle:1:B", Markdown = "x" };
        var other = Content with { Title = "A", Markdown = "x" };

        Assert.NotEqual(StatementContentHash.Compute(one), StatementContentHash.Compute(other));
    }
}
