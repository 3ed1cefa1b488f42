namespace PauseIA.Media.Inquiries.Routing;

/// <summary>
/// The routing rules from configuration (<c>Routing:Rules:0:Name</c>…), used until an Admin saves
/// rules through the API; with none configured, <see cref="DefaultRoutingRules"/>.
/// </summary>
public sealed class RoutingOptions
{
    public const string Section = "Routing";

    public List<RoutingRule> Rules { get; set; } = [];

    /// <summary>
    /// How long an instance trusts the rules it read from storage before reading them again: an
    /// edit applies at once on the instance that saved it, and within this delay everywhere else.
    /// </summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(5);
}
