using System.Text;

namespace PauseIA.Media.Markdown.PlainText;

internal static class PlainTextLayout
{
    /// <summary>No trailing spaces, at most one blank line in a row, none at the start or end: the renderers stay simple and the text stays stable.</summary>
    public static string Tidy(string text)
    {
        var result = new StringBuilder();
        var blank = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                blank = result.Length > 0;
                continue;
            }

            if (blank)
            {
                result.Append('\n');
                blank = false;
            }

            result.Append(line).Append('\n');
        }

        return result.ToString().TrimEnd('\n');
    }
}
