using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using PauseIA.Media.Functions.Telemetry;
using PauseIA.Media.Storage;

namespace PauseIA.Media.Infra.Tests.Code;

/// <summary>Which code reads an app setting: an options class's binder, the storage options, or the telemetry set-up.</summary>
public static class SettingReaders
{
    /// <summary>The options classes: each names its configuration section in a <c>Section</c> constant.</summary>
    public static IReadOnlyList<(Type Type, string Section)> OptionsClasses { get; } =
        typeof(StorageOptions).Assembly.GetTypes()
            .Select(t => (Type: t, Field: t.GetField("Section", BindingFlags.Public | BindingFlags.Static)))
            .Where(t => t.Field is { IsLiteral: true } && t.Field.FieldType == typeof(string))
            .Select(t => (t.Type, (string)t.Field!.GetRawConstantValue()!))
            .ToList();

    /// <summary>
    /// Who reads <paramref name="setting"/> (<c>Section__Key</c>) set to <paramref name="value"/> (a value of the
    /// property's type: the binder converts it); null when no code does.
    /// </summary>
    public static string? ReaderOf(string setting, string value)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([KeyValuePair.Create<string, string?>(setting.Replace("__", ":", StringComparison.Ordinal), value)])
            .Build();
        if (setting is TelemetryServiceCollectionExtensions.ConnectionSetting or ApplicationInsightsAuthentication.Setting)
        {
            return "the worker's telemetry (and the Functions host)";
        }

        if (JsonSerializer.Serialize(StorageOptions.Read(configuration)) != JsonSerializer.Serialize(StorageOptions.Read(new ConfigurationBuilder().Build())))
        {
            return $"{nameof(StorageOptions)} (and the Functions host)";
        }

        foreach (var (type, section) in OptionsClasses.Where(o => setting.StartsWith(o.Section + "__", StringComparison.OrdinalIgnoreCase)))
        {
            try
            {
                // The binder itself says whether the key reaches a property.
                configuration.GetSection(section).Get(type, o => o.ErrorOnUnknownConfiguration = true);
                return type.Name;
            }
            catch (InvalidOperationException)
            {
                // Not a property of this class; another class may share the section.
            }
        }

        return null;
    }
}
