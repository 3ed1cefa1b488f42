using System.Globalization;
using Microsoft.Extensions.Configuration;
using PauseIA.Media.LocalHost.Queues;
using PauseIA.Media.LocalHost.Storage;

namespace PauseIA.Media.LocalHost.Hosting;

/// <summary>
/// What LocalHost takes from host.json, read as the Functions host reads it: the HTTP route prefix
/// (<c>api</c> when absent) and the queue settings, each overridable by an app setting
/// <c>AzureFunctionsJobHost__extensions__queues__batchSize</c> as in Azure.
/// </summary>
public sealed record HostJsonSettings(string? Path, string RoutePrefix, QueueHostOptions Queues)
{
    public const string PathSetting = "LocalHost:HostJsonPath";

    private const string OverrideSection = "AzureFunctionsJobHost";

    /// <exception cref="LocalHostConfigurationException">host.json is missing where configured, not JSON, or holds a value the host refuses.</exception>
    public static HostJsonSettings Load(IConfiguration settings)
    {
        var path = Locate(settings[PathSetting]);
        var builder = new ConfigurationBuilder();
        if (path is not null)
        {
            builder.AddJsonFile(path, optional: false, reloadOnChange: false);
        }

        builder.AddInMemoryCollection(settings.GetSection(OverrideSection).AsEnumerable(makePathsRelative: true));
        IConfiguration host;
        try
        {
            host = builder.Build();
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or System.Text.Json.JsonException)
        {
            throw new LocalHostConfigurationException($"host.json ({path}) is not valid JSON: {ex.InnerException?.Message ?? ex.Message}", ex);
        }

        var reader = new Reader(host, path);
        var prefix = host["extensions:http:routePrefix"] ?? "api";
        var batchSize = reader.Int("batchSize", QueueHostOptions.Default.BatchSize, 1, QueueHostOptions.MaxBatchSize);
        var queues = new QueueHostOptions(
            batchSize,
            reader.Int("newBatchThreshold", batchSize / 2 * Environment.ProcessorCount, 0, int.MaxValue),
            reader.Interval("maxPollingInterval", QueueHostOptions.Default.MaxPollingInterval, QueueHostOptions.MinimumPollingInterval),
            reader.Interval("visibilityTimeout", QueueHostOptions.Default.VisibilityTimeout, TimeSpan.Zero),
            reader.Int("maxDequeueCount", QueueHostOptions.Default.MaxDequeueCount, 1, int.MaxValue));

        // The app's queue clients write Base64 (StorageServiceCollectionExtensions.AddQueue); a trigger reading
        // another encoding would send every message to the poison queue, in Azure as here.
        var encoding = host["extensions:queues:messageEncoding"];
        if (encoding is not null && !string.Equals(encoding, "base64", StringComparison.OrdinalIgnoreCase))
        {
            throw reader.Error("messageEncoding", $"is '{encoding}', but the app's queue clients write Base64: keep both on base64");
        }

        return new HostJsonSettings(path, prefix.Trim('/'), queues);
    }

    private static string? Locate(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = System.IO.Path.GetFullPath(configured);
            return File.Exists(full) ? full : throw new LocalHostConfigurationException($"{PathSetting}: no file at {full}.");
        }

        // The function app copies the repository's host.json into its output, and so into ours.
        var beside = System.IO.Path.Combine(AppContext.BaseDirectory, "host.json");
        if (File.Exists(beside))
        {
            return beside;
        }

        try
        {
            var atRoot = System.IO.Path.Combine(RepositoryRoot.Find(), "host.json");
            return File.Exists(atRoot) ? atRoot : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private sealed class Reader(IConfiguration host, string? path)
    {
        public int Int(string name, int fallback, int min, int max)
        {
            var text = host[$"extensions:queues:{name}"];
            if (text is null)
            {
                return fallback;
            }

            return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
                ? value
                : throw Error(name, $"must be a whole number from {min} to {(max == int.MaxValue ? "any" : max.ToString(CultureInfo.InvariantCulture))}, not '{text}'");
        }

        public TimeSpan Interval(string name, TimeSpan fallback, TimeSpan min)
        {
            var text = host[$"extensions:queues:{name}"];
            if (text is null)
            {
                return fallback;
            }

            return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value >= min
                ? value
                : throw Error(name, $"must be a duration (hh:mm:ss) of at least {min}, not '{text}'");
        }

        public LocalHostConfigurationException Error(string name, string problem) =>
            new($"host.json{(path is null ? "" : $" ({path})")}: extensions.queues.{name} {problem}.");
    }
}
