namespace PauseIA.Media.Identity;

/// <summary>The part of Easy Auth's <c>X-MS-CLIENT-PRINCIPAL</c> that we use.</summary>
public sealed record ClientPrincipal(string IdentityProvider, string? Email);
