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
}
