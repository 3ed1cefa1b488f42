namespace PauseIA.Media.Infra.Tests.Bicep;

/// <summary>One edit to a copy of infra/: the text to take out of a file. The edit must apply, so that a changed template cannot make it silently do nothing.</summary>
public sealed record TemplateMutation(string File, string Remove)
{
    public void ApplyTo(string infraCopy)
    {
        var path = Path.Combine(infraCopy, File);
        var text = System.IO.File.ReadAllText(path);
        if (!text.Contains(Remove, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The mutation no longer applies: {File} has no \"{Remove}\". Update it to what the template now holds.");
        }

        System.IO.File.WriteAllText(path, text.Replace(Remove, "", StringComparison.Ordinal));
    }
}
