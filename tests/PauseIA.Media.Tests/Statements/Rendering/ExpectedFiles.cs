namespace PauseIA.Media.Tests.Statements.Rendering;

/// <summary>
/// Fixed expected outputs, read from the source tree (<c>Statements/Rendering/Expected</c>), so a
/// change in rendering shows as a diff in review. Set <c>UPDATE_EXPECTED=1</c> to rewrite them from
/// the actual output after a deliberate change, then review that diff before committing.
/// </summary>
public static class ExpectedFiles
{
    private static readonly Lazy<string> Folder = new(FindFolder);

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder.Value, name));

    public static void AssertMatches(string name, string actual)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_EXPECTED") == "1")
        {
            File.WriteAllText(Path.Combine(Folder.Value, name), actual);
        }

        Assert.Equal(Read(name), actual);
    }

    // From bin/<configuration>/<framework> up to the project folder.
    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PauseIA.Media.Tests.csproj")))
            {
                return Path.Combine(directory.FullName, "Statements", "Rendering", "Expected");
            }
        }

        throw new DirectoryNotFoundException("PauseIA.Media.Tests.csproj not found above " + AppContext.BaseDirectory);
    }
}
