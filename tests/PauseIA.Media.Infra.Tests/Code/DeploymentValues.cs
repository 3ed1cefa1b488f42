using System.Security.Cryptography;
using PauseIA.Media.Infra.Tests.Bicep;

namespace PauseIA.Media.Infra.Tests.Code;

/// <summary>
/// What Azure puts in the settings that the snapshot leaves as ARM expressions: a Key Vault reference resolves to its
/// secret (a value of the shape the app demands), and a <c>reference(…)</c> to a resource's endpoint or id. Every
/// other value is taken as the template writes it.
/// </summary>
public static class DeploymentValues
{
    private static readonly Dictionary<string, string> Secrets = new(StringComparer.Ordinal)
    {
        ["sign-in-client-secret"] = "client-secret-of-the-app-registration",
        ["sendgrid-api-key"] = "SG.an-api-key-with-mail-send-permission",
        ["sendgrid-event-webhook-public-key"] = Convert.ToBase64String(ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportSubjectPublicKeyInfo()),
        ["inbound-webhook-secret"] = "0123456789abcdef0123456789abcdef",
        ["statements-unsubscribe-key"] = "an-hmac-key-of-at-least-thirty-two-characters-1",
        ["contacts-suppression-key"] = "an-hmac-key-of-at-least-thirty-two-characters-2",
    };

    private static readonly Dictionary<string, string> Evaluated = new(StringComparer.Ordinal)
    {
        ["AzureWebJobsStorage__clientId"] = "00000000-0000-0000-0000-0000000000c1",
        ["AzureWebJobsStorage__blobServiceUri"] = "https://stpauseia.blob.core.windows.net/",
        ["AzureWebJobsStorage__queueServiceUri"] = "https://stpauseia.queue.core.windows.net/",
        ["AzureWebJobsStorage__tableServiceUri"] = "https://stpauseia.table.core.windows.net/",
        ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=00000000-0000-0000-0000-0000000000a1;IngestionEndpoint=https://francecentral-1.in.applicationinsights.azure.com/",
        ["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"] = "Authorization=AAD;ClientId=00000000-0000-0000-0000-0000000000c1",
        ["Mail__PublicBaseUrl"] = $"https://{DeploymentScenario.AppName}.azurewebsites.net",
    };

    /// <summary>The app settings as the app would read them in Azure, with what App Service itself adds.</summary>
    public static Dictionary<string, string?> Resolve(IReadOnlyDictionary<string, string> settings)
    {
        var resolved = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase) { ["WEBSITE_AUTH_ENABLED"] = "True" };
        foreach (var (name, value) in settings)
        {
            resolved[name] = KeyVaultReference.TryParse(value) is { } reference
                ? Secrets.TryGetValue(reference.SecretName, out var secret) ? secret : throw new InvalidOperationException($"{name} refers to secret {reference.SecretName}, which DeploymentValues does not know.")
                : value.StartsWith('[')
                    ? Evaluated.TryGetValue(name, out var evaluated) ? evaluated : throw new InvalidOperationException($"{name} is an ARM expression ({value}): add what Azure evaluates it to in DeploymentValues.")
                    : value;
        }

        return resolved;
    }
}
