namespace PauseIA.Media.Infra.Tests.Bicep;

/// <summary>A set of parameters for main.bicep, evaluated offline by <c>bicep snapshot</c> at subscription scope, as azd deploys it.</summary>
public sealed record DeploymentScenario(string Name, string Parameters)
{
    public const string SubscriptionId = "11111111-2222-3333-4444-555555555555";
    public const string TenantId = "99999999-8888-7777-6666-555555555555";
    public const string EnvironmentName = "test";
    public const string ResourceGroup = "rg-test";
    public const string Location = "francecentral";
    public const string AppName = "pauseia-media-test";
    public const string DeployerPrincipalId = "77777777-0000-0000-0000-000000000001";

    private const string Common = """
        param environmentName = 'test'
        param location = 'francecentral'
        param appName = 'pauseia-media-test'
        param pressAddress = 'presse@pauseia.example'
        param messageIdDomain = 'media.pauseia.example'
        param privacyNoticeUrl = 'https://pauseia.example/confidentialite'
        param ownAddresses = ['contact@pauseia.example']
        param teamMembers = [
          { email: 'porte-parole@pauseia.example', displayName: 'Porte-parole', roles: ['Spokesperson', 'Admin'] }
          { email: 'director@pauseai.example', displayName: 'Director', roles: ['CommsDirector'], language: 'en' }
          { email: 'lyon@pauseia.example', displayName: 'Lyon', roles: ['LocalLead', 'PressOfficer'], cities: ['Lyon', 'Villeurbanne'] }
        ]
        """;

    /// <summary>
    /// A production deployment once SendGrid is set up, as README.md describes it: Microsoft Entra ID, every secret
    /// given, mail delivered, two admins alerted, and the deployer allowed to read the data.
    /// </summary>
    public static DeploymentScenario Entra { get; } = new("entra", Common + $$"""

        param principalId = '{{DeployerPrincipalId}}'
        param deployerDataAccess = true
        param signIn = { kind: 'entra', clientId: 'entra-client-id' }
        param alertEmails = 'admin@pauseia.example, ops@pauseia.example'
        param deliverMail = true
        param signInClientSecret = 'test-sign-in-client-secret'
        param sendGridApiKey = 'SG.test-api-key'
        param sendGridEventWebhookPublicKey = 'test-event-webhook-public-key'
        param inboundSecret = 'test-inbound-secret'
        param unsubscribeKey = 'test-unsubscribe-key'
        param suppressionKey = 'test-suppression-key'
        """);

    /// <summary>
    /// A first deployment of a staging copy: Google as the OpenID Connect provider, no SendGrid yet (outbox), a later
    /// run that gives no secret, a custom console address, the deployer's principal known but not given data access.
    /// </summary>
    public static DeploymentScenario OpenIdConnectWithoutMail { get; } = new("oidc-outbox", Common + $$"""

        param principalId = '{{DeployerPrincipalId}}'
        param signIn = { kind: 'openIdConnect', name: 'google', clientId: 'google-client-id', wellKnownConfigurationUrl: 'https://accounts.google.com/.well-known/openid-configuration' }
        param alertEmails = 'admin@pauseia.example'
        param publicBaseUrl = 'https://presse.pauseia.example'
        """);

    public string ParameterFile(string mainBicepPath, string directory) =>
        $"using '{Path.GetRelativePath(directory, mainBicepPath).Replace('\\', '/')}'{Environment.NewLine}{Parameters}{Environment.NewLine}";
}
