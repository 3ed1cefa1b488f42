namespace PauseIA.Media.Inquiries.Routing;

/// <summary>What routing looks at, as read from the email. <see cref="CitySource"/> says where the city came from.</summary>
public sealed record RoutingFacts(
    string SenderEmail,
    InquiryOutlet? Outlet,
    string? City,
    string? CitySource,
    string Language,
    string Text)
{
    public string SenderDomain => SenderEmail[(SenderEmail.LastIndexOf('@') + 1)..].ToLowerInvariant();

    public bool? ForeignPress => Outlet?.Country is { Length: > 0 } country ? !string.Equals(country, "FR", StringComparison.OrdinalIgnoreCase) : null;
}
