namespace PauseIA.Media.Inquiries.Reading;

#pragma warning disable CA1822 // Instance methods: the contract the real class keeps.
// TEMP stand-in: counts a few common words of each language.
public sealed class LanguageDetector
{
    private static readonly string[] English = ["the", "and", "is", "are", "we", "you", "our", "for", "hello", "could", "would", "with"];
    private static readonly string[] French = ["le", "la", "les", "et", "est", "nous", "vous", "pour", "bonjour", "une", "des", "votre"];

    public string Detect(string subject, string body)
    {
        var words = $"{subject} {body}".ToLowerInvariant().Split([' ', '\n', '\r', '\t', ',', '.', '?', '!', ';', ':'], StringSplitOptions.RemoveEmptyEntries);
        return words.Count(English.Contains) > words.Count(French.Contains) ? "en" : "fr";
    }
}
