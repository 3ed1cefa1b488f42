using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace PauseIA.Media.LocalHost.Functions;

/// <summary>
/// Resolves <c>%Name%</c> references in trigger values (schedules, queue names) from the app
/// settings, as the Functions host's name resolver does.
/// </summary>
internal static partial class AppSettingExpression
{
    /// <exception cref="LocalHostConfigurationException">A referenced setting is missing or empty.</exception>
    public static string Resolve(string value, IConfiguration configuration, string usedBy) =>
        Reference().Replace(value, match =>
        {
            var name = match.Groups[1].Value;
            var resolved = configuration[name.Replace("__", ":", StringComparison.Ordinal)];
            return string.IsNullOrWhiteSpace(resolved)
                ? throw new LocalHostConfigurationException($"{usedBy} refers to the setting %{name}%, which is missing or empty.")
                : resolved;
        });

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex Reference();
}
