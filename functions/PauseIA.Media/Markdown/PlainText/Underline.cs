using System.Globalization;

namespace PauseIA.Media.Markdown.PlainText;

internal static class Underline
{
    /// <summary>The visible width of a line, counting « é » once however it is encoded.</summary>
    public static int Length(string text) => new StringInfo(text).LengthInTextElements;
}
