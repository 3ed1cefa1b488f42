using PauseIA.Media.Statements.Rendering;

namespace PauseIA.Media.Tests.Statements.Rendering;

public sealed class HtmlEncodingTests
{
    [Theory]
    [InlineData("a&b<c>d\"e'f\u00A0g", "a&amp;b&lt;c&gt;d&quot;e&#39;f&nbsp;g")]
    [InlineData("<<", "&lt;&lt;")]
    [InlineData("fin &", "fin &amp;")]
    public void MarkupCharactersAndTheNoBreakSpaceAreEscaped(string text, string expected)
    {
        Assert.Equal(expected, HtmlEncoding.Encode(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-unsubscribeUrl-")]
    [InlineData("Communiqué – « texte » \u202F!")]
    public void OtherTextIsWrittenAsItIs(string text)
    {
        Assert.Equal(text, HtmlEncoding.Encode(text));
    }
}
