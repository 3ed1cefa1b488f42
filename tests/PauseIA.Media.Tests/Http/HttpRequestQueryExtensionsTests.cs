using Microsoft.AspNetCore.Http;
using PauseIA.Media.Common;
using PauseIA.Media.Functions.Http;

namespace PauseIA.Media.Tests.Http;

public sealed class HttpRequestQueryExtensionsTests
{
    [Theory]
    [InlineData("?f=true", true)]
    [InlineData("?f=1", true)]
    [InlineData("?f=oui", true)]
    [InlineData("?f=Yes", true)]
    [InlineData("?f=false", false)]
    [InlineData("?f=0", false)]
    [InlineData("?f=NON", false)]
    [InlineData("?f=no", false)]
    [InlineData("?f=", null)]
    [InlineData("", null)]
    public void AYesNoFilterIsReadInEnglishOrFrenchAndAbsentMeansNotGiven(string query, bool? expected) =>
        Assert.Equal(expected, Request(query).QueryBool("f"));

    [Theory]
    [InlineData("?f=maybe")]
    [InlineData("?f=2")]
    [InlineData("?f=vrai")]
    public void AnythingElseThanYesOrNoIsA400NamingTheParameter(string query)
    {
        var refused = Assert.Throws<DomainException>(() => Request(query).QueryBool("f"));

        Assert.Equal(DomainErrorKind.BadRequest, refused.Kind);
        Assert.StartsWith("f doit valoir true ou false", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?n=42", 42)]
    [InlineData("?n=007", 7)]
    [InlineData("?n=", null)]
    [InlineData("", null)]
    public void ANumberIsDigitsOnly(string query, int? expected) => Assert.Equal(expected, Request(query).QueryInt("n"));

    [Theory]
    [InlineData("?n=-1")]
    [InlineData("?n=+1")]
    [InlineData("?n=1.5")]
    [InlineData("?n=%201")]
    [InlineData("?n=99999999999")]
    [InlineData("?n=dix")]
    public void ASignASpaceADecimalOrAnOverflowIsA400(string query) =>
        Assert.Equal(DomainErrorKind.BadRequest, Assert.Throws<DomainException>(() => Request(query).QueryInt("n")).Kind);

    [Fact]
    public void AListRepeatsTheParameterOrSeparatesWithCommasAndDropsBlanks() =>
        Assert.Equal(["ia", "tech", "santé"], Request("?beat=ia,%20tech&beat=&beat=sant%C3%A9,").QueryList("beat"));

    [Fact]
    public void TextIsNullWhenAbsentOrEmptyAndKeptAsWrittenOtherwise()
    {
        Assert.Null(Request("?q=").QueryText("q"));
        Assert.Null(Request("").QueryText("q"));
        Assert.Equal(" a b ", Request("?q=%20a%20b%20").QueryText("q"));
    }

    private static HttpRequest Request(string query) => new DefaultHttpContext { Request = { QueryString = new QueryString(query) } }.Request;
}
