using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.StaticFiles;

namespace PauseIA.Media.Functions.Console;

/// <summary>
/// The console's files, embedded in this assembly (see the csproj) so that one HTTP function
/// serves them in Azure and under LocalHost alike, with no separate static site to deploy.
/// </summary>
public sealed class ConsoleAssets
{
    private const string Prefix = "wwwroot/";

    private readonly FrozenDictionary<string, ConsoleAsset> assets = Load();

    public ConsoleAsset? Find(string? path)
    {
        var key = string.IsNullOrEmpty(path) || path.EndsWith('/') ? $"{path}index.html" : path;
        return assets.GetValueOrDefault(key.TrimStart('/'));
    }

    private static FrozenDictionary<string, ConsoleAsset> Load()
    {
        var assembly = typeof(ConsoleAssets).Assembly;
        var types = new FileExtensionContentTypeProvider();
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .ToFrozenDictionary(
                n => n[Prefix.Length..].Replace('\\', '/'),
                n => Read(assembly, n, types));
    }

    private static ConsoleAsset Read(Assembly assembly, string name, FileExtensionContentTypeProvider types)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bytes = memory.ToArray();
        var type = types.TryGetContentType(name, out var t) ? t : "application/octet-stream";
        if (type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal) || type.EndsWith("json", StringComparison.Ordinal))
        {
            type += "; charset=utf-8";
        }

        return new ConsoleAsset(bytes, type, $"\"{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes))[..16]}\"");
    }
}
