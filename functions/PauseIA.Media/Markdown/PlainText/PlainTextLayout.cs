using System.Buffers;
using System.Text;

namespace PauseIA.Media.Markdown.PlainText;

internal static class PlainTextLayout
{
    /// <summary>No trailing spaces, at most one blank line in a row, none at the start or end: the renderers stay simple and the text stays stable.</summary>
    public static string Tidy(StringBuilder text)
    {
        // Laid out in place in one buffer, so that the text is copied once out of the renderer and once into its string.
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            text.CopyTo(0, buffer, text.Length);
            return new string(buffer, 0, Tidy(buffer.AsSpan(0, text.Length)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Returns the tidied length. Each line's text only moves back: what is written never overtakes what is read.</summary>
    private static int Tidy(Span<char> text)
    {
        var written = 0;
        var blank = false;
        var read = 0;
        while (true)
        {
            var end = text[read..].IndexOf('\n');
            var lineEnd = end < 0 ? text.Length : read + end;
            var line = text[read..lineEnd].TrimEnd();
            if (line.Length == 0)
            {
                blank = true;
            }
            else
            {
                if (written > 0)
                {
                    text[written++] = '\n';
                    if (blank)
                    {
                        text[written++] = '\n';
                    }
                }

                line.CopyTo(text[written..]);
                written += line.Length;
                blank = false;
            }

            if (end < 0)
            {
                return written;
            }

            read = lineEnd + 1;
        }
    }
}
