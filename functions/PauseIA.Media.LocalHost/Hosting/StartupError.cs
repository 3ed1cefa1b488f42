using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace PauseIA.Media.LocalHost.Hosting;

/// <summary>
/// Turns what stopped the start into a message that names the setting to fix:
/// <c>Mail:PublicBaseUrl: The PublicBaseUrl field is not a valid URL.</c> rather than a stack trace.
/// </summary>
internal static partial class StartupError
{
    private const string Invalid = "Configuration invalide / Invalid configuration:";

    public static string Describe(Exception exception) => exception switch
    {
        OptionsValidationException options => Invalid + Environment.NewLine + Failures(options),

        // Several options classes failing at once arrive together.
        AggregateException aggregate when aggregate.Flatten().InnerExceptions.All(e => e is OptionsValidationException) =>
            Invalid + Environment.NewLine + string.Join(Environment.NewLine, aggregate.Flatten().InnerExceptions.Cast<OptionsValidationException>().Select(Failures)),
        LocalHostConfigurationException configuration => Invalid + Environment.NewLine + "  - " + configuration.Message,
        IOException { InnerException: AddressInUseException } inUse =>
            $"{inUse.Message}{Environment.NewLine}  - Port occupé / port in use: set {LocalHostOptions.Section}:Port (or --port) to another port, or 0 for a free one.",
        _ => $"LocalHost n'a pas démarré / did not start: {exception}",
    };

    private static string Failures(OptionsValidationException options) =>
        string.Join(Environment.NewLine, options.Failures.Select(f => "  - " + NameTheSetting(options.OptionsType, f)));

    // Data annotations name the property ('PublicBaseUrl'); the setting is Section:Property, found on the options type.
    private static string NameTheSetting(Type optionsType, string failure)
    {
        var match = DataAnnotationFailure().Match(failure);
        if (!match.Success)
        {
            return failure;
        }

        var section = optionsType.GetField("Section", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string;
        var members = match.Groups["members"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(m => section is null ? m : $"{section}:{m}");
        return $"{string.Join(", ", members)}: {match.Groups["error"].Value}";
    }

    [GeneratedRegex("^DataAnnotation validation failed for '[^']*' members: '(?<members>[^']*)' with the error: '(?<error>.*)'\\.?$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();
}
