using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using PauseIA.Media.Telemetry;

namespace PauseIA.Media.Functions.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    public const string ConnectionSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// OpenTelemetry for the worker: the invocations' traces and logs and the service's own meter, exported to
    /// Application Insights when there is one (the host exports its own, with telemetryMode in host.json).
    /// Without a connection string (a local run) nothing is exported.
    /// </summary>
    public static IServiceCollection AddPauseIaMediaTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var telemetry = services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .WithMetrics(metrics => metrics.AddMeter(PressOfficeMetrics.MeterName));
        if (!string.IsNullOrWhiteSpace(configuration[ConnectionSetting]))
        {
            var credential = ApplicationInsightsAuthentication.Credential(configuration[ApplicationInsightsAuthentication.Setting]);
            telemetry.UseAzureMonitorExporter(o => o.Credential = credential);
        }

        return services;
    }
}
