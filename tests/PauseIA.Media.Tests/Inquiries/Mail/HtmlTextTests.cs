using PauseIA.Media.Inquiries.Mail;

namespace PauseIA.Media.Tests.Inquiries.Mail;

public sealed class HtmlTextTests
{
    [Fact]
    public void BlocksBecomeLinesAndScriptsDisappear()
    {
        var html = "<html><head><title>t</title><style>p{color:red}</style></head><body><p>Bonjour,</p><p>Plateau <b>en direct</b>\nce soir.<br>À 20h.</p>"
            + "<script>alert(1)</script><ul><li>un</li><li>deux</li></ul></body></html>";

        Assert.Equal("Bonjour,\n\nPlateau en direct ce soir.\nÀ 20h.\n\n- un\n\n- deux", HtmlText.ToPlainText(html));
    }
}
