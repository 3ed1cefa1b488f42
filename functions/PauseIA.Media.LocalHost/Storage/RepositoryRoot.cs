namespace PauseIA.Media.LocalHost.Storage;

/// <summary>Finds the clone's root (where PauseIA.Media.sln and package.json are), from the current or the program's directory.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PauseIA.Media.sln")) && File.Exists(Path.Combine(dir.FullName, "package.json")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (PauseIA.Media.sln beside package.json) above the current directory.");
    }
}
