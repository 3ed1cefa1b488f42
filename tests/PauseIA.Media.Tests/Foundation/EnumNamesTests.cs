using PauseIA.Media.Common;
using PauseIA.Media.Inquiries;

namespace PauseIA.Media.Tests.Foundation;

public sealed class EnumNamesTests
{
    [Theory]
    [InlineData("closed", InquiryStatus.Closed)]
    [InlineData(" CLOSED ", InquiryStatus.Closed)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void AValueIsReadByItsNameInAnyCase(string? text, InquiryStatus? expected) =>
        Assert.Equal(expected, EnumNames.Parse<InquiryStatus>(text, "unknown"));

    [Theory]
    [InlineData("1")]
    [InlineData("99")]
    [InlineData("closed,new")]
    [InlineData("lost")]
    public void ANumberACombinationOrAnUnknownNameIsA400WithTheMessageGiven(string text)
    {
        var refused = Assert.Throws<DomainException>(() => EnumNames.Parse<InquiryStatus>(text, "Statut inconnu."));

        Assert.Equal((DomainErrorKind.BadRequest, "Statut inconnu."), (refused.Kind, refused.Message));
    }
}
