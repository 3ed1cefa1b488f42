using PauseIA.Media.Statements;
using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Tests.Statements.Languages;

/// <summary>A French statement (<see cref="StatementsTestHost.Markdown"/>) and its English translation, as the tests of translated statements use them.</summary>
public static class Bilingual
{
    public const string EnglishTitle = "Pause IA calls for an international treaty";

    public const string English = """
        # Pause IA calls for a treaty

        Paris, 30 November 2026. Pause IA calls on France to support
        an international treaty on the most advanced AI.
        """;

    public static IReadOnlyDictionary<string, TranslationInput?> Translations(string english = English, string? title = EnglishTitle) =>
        new Dictionary<string, TranslationInput?> { ["en"] = new(title, english) };

    public static Task<StatementView> DraftAsync(StatementsTestHost host, StatementAudience audience, string english = English) =>
        host.Get<StatementDrafts>().CreateAsync(
            new SaveStatementRequest(StatementsTestHost.Markdown, Kind: StatementKind.PressRelease, Audience: audience, Translations: Translations(english)),
            host.PressOfficer);

    public static async Task<StatementView> ApprovedAsync(StatementsTestHost host, StatementAudience audience, string english = English)
    {
        var draft = await DraftAsync(host, audience, english);
        await host.Get<StatementReviews>().SubmitAsync(draft.Id, host.PressOfficer, null);
        return await host.Get<StatementReviews>().ReviewAsync(draft.Id, new ReviewRequest(ReviewDecision.Approve), host.Director, null);
    }
}
