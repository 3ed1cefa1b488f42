namespace PauseIA.Media.Inquiries.Processing;

/// <summary>The sentence that links the privacy notice in our first mail to a journalist (GDPR art. 14), in the mail's language.</summary>
public static class PrivacyNoticeSentence
{
    public static string For(string language, string url) => language == "en"
        ? $"We keep your professional contact details to follow up on our exchanges with the press. To learn more and exercise your rights: {url}"
        : $"Vos coordonnées professionnelles sont enregistrées pour le suivi de nos échanges avec la presse. Pour en savoir plus et exercer vos droits : {url}";
}
