using System.Text.RegularExpressions;
using PauseIA.Media.Infra.Tests.Bicep;

namespace PauseIA.Media.Infra.Tests.Code;

/// <summary>
/// The settings table of README.md's "Configuration": one row per setting or group of settings, the first cell naming
/// them (<c>`Team__Members__N__Email`, `__DisplayName`</c>: later names continue the first one's prefix; N is an index),
/// the second giving the default, <c>*required*</c> when there is none.
/// </summary>
public static partial class ReadmeSettings
{
    public sealed record Row(IReadOnlyList<string> Names, string Default)
    {
        public bool Required => Default.StartsWith("*required*", StringComparison.Ordinal);

        public bool Covers(string setting) => Names.Any(n => Pattern(n).IsMatch(setting));

        public bool Covers(IEnumerable<string> settings) => settings.Any(Covers);

        private static Regex Pattern(string name) =>
            new($"^{string.Join("__", name.Split("__").Select(s => s == "N" ? @"\d+" : Regex.Escape(s)))}$", RegexOptions.IgnoreCase);
    }

    public static IReadOnlyList<Row> Read()
    {
        var readme = File.ReadAllText(Path.Combine(BicepCli.RepositoryRoot, "README.md"));
        var start = readme.IndexOf("\n## Configuration", StringComparison.Ordinal);
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var rows = readme[start..end].Split('\n')
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Select(cells => new Row(Names(cells[1]), cells[2]))
            .ToList();
        return rows.Count > 0 ? rows : throw new InvalidOperationException("README.md has no settings table under \"## Configuration\".");
    }

    private static List<string> Names(string cell)
    {
        var names = new List<string>();
        foreach (var name in Code().Matches(cell).Select(m => m.Groups[1].Value).Where(n => !n.StartsWith('-')))
        {
            // "__DisplayName" after "Team__Members__N__Email" is "Team__Members__N__DisplayName".
            names.Add(name.StartsWith("__", StringComparison.Ordinal) && names.Count > 0 ? names[0][..names[0].LastIndexOf("__", StringComparison.Ordinal)] + name : name);
        }

        return names;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();
}
