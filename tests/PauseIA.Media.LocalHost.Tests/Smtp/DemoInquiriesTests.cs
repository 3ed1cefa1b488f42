using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PauseIA.Media.LocalHost.Tests.Samples;
using PauseIA.Media.Testing;

namespace PauseIA.Media.LocalHost.Tests.Smtp;

public sealed class DemoInquiriesTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task TheDemoSwitchSendsEachDemoInquiryThroughTheSmtpListener()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Demo"), "*.eml");
        var subjects = files.Select(f => MimeMessage.Load(f).Subject).ToList();
        var settings = TestSettings.Create(azurite.ConnectionString);
        foreach (var (key, value) in SampleHost.Settings())
        {
            settings[key] = value;
        }

        settings["LocalHost:Port"] = "0";
        settings["LocalHost:SmtpPort"] = "0";
        var output = new StringWriter();

        await using var host = await LocalFunctionHost.StartAsync(new LocalFunctionHostSetup
        {
            Args = ["--demo"],
            Settings = settings,
            EnvironmentName = "Development",
            FunctionAssemblies = [SampleHost.Functions],
            ConfigureServices = s => s.AddSingleton<SampleRecorder>().AddScoped<ScopeMarker>(),
            Output = output,
        });
        var posted = host.Services.GetRequiredService<SampleRecorder>().Values<InboundPost>(SampleInboundWebhook.Name);

        Assert.InRange(files.Length, 4, 6);
        Assert.Equal(subjects.Order(StringComparer.Ordinal), posted.Select(p => p.Fields["subject"]).Order(StringComparer.Ordinal));
        Assert.All(posted, p => Assert.Contains("presse@pauseia.fr", p.Fields["to"], StringComparison.Ordinal));
        Assert.Contains("Rassemblement place Bellecour samedi ?", output.ToString(), StringComparison.Ordinal);
    }
}
