using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Contacts;
using PauseIA.Media.Identity;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Statements;
using PauseIA.Media.Statements.Sending;
using PauseIA.Media.Testing;
using PauseIA.Media.Tests.Statements.Fakes;

namespace PauseIA.Media.Tests.Statements;

/// <summary>
/// The domain's services on Azurite with fake contacts and inquiries, the team of <see cref="TestSettings"/>,
/// and helpers that walk a statement through its workflow. Functions are called through <see cref="FunctionCalls"/> on <see cref="Services"/>.
/// </summary>
public sealed class StatementsTestHost : IAsyncDisposable
{
    public const string UnsubscribeKey = "test-unsubscribe-key-0123456789-abcdefghij";

    public const string Markdown = """
        ---
        title: Pause IA demande un traité international
        language: fr
        ---
        # Pause IA demande un traité

        Paris, le 30 novembre 2026. Pause IA appelle la France à soutenir
        un traité international sur les IA les plus avancées.
        """;

    private StatementsTestHost(TestServices services, FakeJournalistContacts contacts, FakeInquiryThreads inquiries)
    {
        Services = services;
        Contacts = contacts;
        Inquiries = inquiries;
        var team = services.Get<TeamDirectory>();
        Spokesperson = team.Find(TestSettings.Spokesperson)!;
        Director = team.Find(TestSettings.CommsDirector)!;
        PressOfficer = team.Find(TestSettings.PressOfficer)!;
        LyonLead = team.Find(TestSettings.LyonLead)!;
    }

    public TestServices Services { get; }

    public FakeJournalistContacts Contacts { get; }

    public FakeInquiryThreads Inquiries { get; }

    public TeamMember Spokesperson { get; }

    public TeamMember Director { get; }

    public TeamMember PressOfficer { get; }

    public TeamMember LyonLead { get; }

    public TeamMember Admin() => Services.Get<TeamDirectory>().Find(TestSettings.Admin)!;

    public static async Task<StatementsTestHost> CreateAsync(
        AzuriteFixture azurite,
        IDictionary<string, string?>? settings = null,
        FakeJournalistContacts? contacts = null,
        FakeInquiryThreads? inquiries = null,
        Action<IServiceCollection>? configure = null)
    {
        contacts ??= new FakeJournalistContacts();
        inquiries ??= new FakeInquiryThreads();
        var values = new Dictionary<string, string?> { ["Statements:UnsubscribeKey"] = UnsubscribeKey };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = await TestServices.CreateAsync(azurite, values, s =>
        {
            s.AddSingleton<IJournalistContacts>(contacts);
            s.AddSingleton<IInquiryThreads>(inquiries);
            configure?.Invoke(s);
        });
        return new StatementsTestHost(services, contacts, inquiries);
    }

    public T Get<T>()
        where T : notnull => Services.Get<T>();

    /// <summary>A segment of its own for one test, so that tests sharing an Azurite never see each other's recipients.</summary>
    public string NewSegment(int size = 3)
    {
        var segment = $"seg{Guid.NewGuid():N}"[..16];
        Contacts.AddSegment(segment, size);
        return segment;
    }

    public Task<StatementView> DraftAsync(TeamMember author, StatementAudience audience, string markdown = Markdown, EmbargoMode? embargoMode = null) =>
        Get<StatementDrafts>().CreateAsync(new SaveStatementRequest(markdown, Kind: StatementKind.PressRelease, Audience: audience, EmbargoMode: embargoMode), author);

    public async Task<StatementView> InReviewAsync(StatementAudience audience, string markdown = Markdown, EmbargoMode? embargoMode = null)
    {
        var draft = await DraftAsync(PressOfficer, audience, markdown, embargoMode);
        return await Get<StatementReviews>().SubmitAsync(draft.Id, PressOfficer, null);
    }

    public async Task<StatementView> ApprovedAsync(StatementAudience audience, string markdown = Markdown, EmbargoMode? embargoMode = null)
    {
        var review = await InReviewAsync(audience, markdown, embargoMode);
        return await Get<StatementReviews>().ReviewAsync(review.Id, new ReviewRequest(ReviewDecision.Approve, "OK"), Director, null);
    }

    public async Task<string> SignedOffAsync(StatementAudience audience, string markdown = Markdown, EmbargoMode? embargoMode = null)
    {
        var approved = await ApprovedAsync(audience, markdown, embargoMode);
        await Get<StatementSignOffs>().SignOffAsync(approved.Id, new SignOffRequest(), Spokesperson, null);
        return approved.Id;
    }

    public async Task<Statement> StatementAsync(string id) => (await Get<StatementStore>().GetAsync(id)).Statement;

    public Task RunSendAsync(string id, CancellationToken cancellationToken = default) =>
        Get<StatementSendProcessor>().RunAsync(new StatementSendMessage(id), cancellationToken);

    public async ValueTask DisposeAsync() => await Services.DisposeAsync();
}
