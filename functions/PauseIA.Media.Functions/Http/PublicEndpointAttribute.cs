namespace PauseIA.Media.Functions.Http;

/// <summary>
/// Marks an HTTP function that needs no sign-in (health, webhooks guarded by their own secret
/// or signature, unsubscribe links, the console's static files). Every HTTP function carries
/// either this or <see cref="RequireRolesAttribute"/>; a test holds them to it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PublicEndpointAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;

    /// <summary>
    /// In Azure, Easy Auth still sends a browser without a session to the sign-in page first: the app checks
    /// no role, but only the team has a use for the page (the console). Without it, Easy Auth lets anonymous
    /// requests through: the route is one of its excluded paths, which an infra test holds to these routes.
    /// </summary>
    public bool BehindSignIn { get; set; }
}
