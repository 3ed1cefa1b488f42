using System.Text;

namespace PauseIA.Media.Markdown.PlainText;

internal static class PlainTextLayout
{
    /// <summary>No trailing spaces, at most one blank line in a row, none at the start or end: the renderers stay simple and the text stays stable.</summary>
    public static string Tidy(string text)
    {
        var result = new StringBuilder(text.Length);
        var blank = false;
        var rest = text.AsSpan();
        while (true)
        {
            var end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).TrimEnd();
            if (line.Length == 0)
            {
                blank = result.Length > 0;
            }
            else
            {
                if (blank)
                {
                    result.Append('\n');
                    blank = false;
                }

                result.Append(line).Append('\n');
            }

            if (end < 0)
            {
                break;
            }

            rest = rest[(end + 1)..];
        }

        // The last line's own break.
        return result.Length == 0 ? string.Empty : result.ToString(0, result.Length - 1);
    }
}
