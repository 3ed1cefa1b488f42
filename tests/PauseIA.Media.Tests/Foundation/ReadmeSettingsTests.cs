using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace PauseIA.Media.Tests.Foundation;

/// <summary>
/// The README's settings table says what the code does (issue 9, defect 8): every documented default
/// given as one plain value is the default of the options property it names (<c>Section__Key</c>).
/// </summary>
public sealed partial class ReadmeSettingsTests
{
    public static TheoryData<string, string> DocumentedDefaults()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Readme()))
        {
            if (Row().Match(line) is { Success: true } row)
            {
                data.Add(row.Groups["setting"].Value, row.Groups["default"].Value.Trim('`'));
            }
        }

        return data;
    }

    [Fact]
    public void TheTableHasPlainDefaultsToCheck() => Assert.True(DocumentedDefaults().Count >= 10);

    [Theory]
    [MemberData(nameof(DocumentedDefaults))]
    public void ADocumentedDefaultIsTheCodesDefault(string setting, string documented)
    {
        var (section, key) = (setting[..setting.IndexOf("__", StringComparison.Ordinal)], setting[(setting.IndexOf("__", StringComparison.Ordinal) + 2)..]);
        var options = typeof(PauseIaMediaServiceCollectionExtensions).Assembly.GetTypes()
            .Concat(typeof(PauseIA.Media.LocalHost.LocalHostOptions).Assembly.GetTypes())
            .Where(t => t.GetField("Section", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string == section)
            .Select(t => t.GetProperty(key, BindingFlags.Public | BindingFlags.Instance))
            .SingleOrDefault(p => p is not null);
        Assert.True(options is not null, $"{setting}: no options property {key} in a class whose Section is {section}.");

        var value = options.GetValue(Activator.CreateInstance(options.DeclaringType!));
        var actual = value switch
        {
            TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => value?.ToString(),
        };
        Assert.Equal(documented, actual);
    }

    private static string Readme()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "README.md")) && Directory.Exists(Path.Combine(dir.FullName, "functions")))
            {
                return Path.Combine(dir.FullName, "README.md");
            }
        }

        throw new FileNotFoundException("The repository's README.md was not found above the test binaries.");
    }

    // | `Section__Key` | `value` or a bare number | … — one setting, one plain value (no list, no "required").
    [GeneratedRegex(@"^\| `(?<setting>[A-Za-z]+__[A-Za-z]+)` \| (?<default>`[^`|]+`|\d+) \|")]
    private static partial Regex Row();
}
