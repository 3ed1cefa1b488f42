using System.Text.RegularExpressions;

namespace PauseIA.Media.LocalHost.Queues;

/// <summary>Azure's rule for queue names: 3 to 63 lower-case letters, digits and single hyphens, not at either end.</summary>
internal static partial class QueueNames
{
    public const int MaxLength = 63;

    public static bool IsValid(string name) => name.Length is >= 3 and <= MaxLength && Rule().IsMatch(name);

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9]|-(?!-))*[a-z0-9]$")]
    private static partial Regex Rule();
}
