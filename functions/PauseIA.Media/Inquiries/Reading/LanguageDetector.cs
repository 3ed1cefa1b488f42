using System.Text.RegularExpressions;

namespace PauseIA.Media.Inquiries.Reading;

/// <summary>
/// French or English, from the subject and what the author wrote (quotes and forwarded history left
/// out): frequent words of each language, contractions, and French diacritics. French when unsure,
/// since the press office is French.
/// </summary>
public sealed partial class LanguageDetector
{
    public const string French = "fr";
    public const string English = "en";

    private const int MaxScannedLength = 5_000;

    // Words frequent in one language and absent from the other (so no "a", "on", "comment", "article", "reporter").
    private static readonly HashSet<string> FrenchWords =
    [
        "le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "sont", "je", "nous", "vous", "il", "elle", "ils", "pour", "dans",
        "sur", "avec", "pas", "que", "qui", "ce", "cette", "ces", "mon", "ma", "mes", "votre", "vos", "notre", "nos", "au", "aux", "mais",
        "ou", "donc", "bonjour", "merci", "cordialement", "madame", "monsieur", "demande", "serait", "pourriez", "pouvez", "souhaite",
        "souhaiterais", "aimerais", "aujourd'hui", "demain", "soir", "bien", "tres", "suis", "avez", "sommes", "ai", "sujet",
        "journaliste", "redaction", "entretien", "salutations", "bonne", "journee", "avant", "apres", "d'ici", "ainsi", "aussi",
        "chez", "leur", "leurs", "faire", "tu", "te", "ton", "ta", "tes", "ne", "se", "en", "peux", "peut", "ça", "c'est", "j'ai", "n'est",
        "qu'il", "qu'on", "s'il", "d'un", "d'une", "l'article", "interviewer", "sera", "etre", "avoir", "quelques", "concernant", "voudrais", "pourrais",
    ];

    private static readonly HashSet<string> EnglishWords =
    [
        "the", "and", "is", "are", "was", "were", "of", "to", "for", "with", "this", "that", "these", "those", "we", "you", "they", "our",
        "your", "my", "i", "i'm", "we're", "it's", "don't", "can't", "would", "could", "should", "will", "be", "been", "have", "has", "from",
        "by", "at", "in", "it", "or", "but", "if", "hello", "hi", "dear", "thanks", "thank", "regards", "best", "please",
        "request", "writing", "about", "story", "tomorrow", "today", "what", "how", "whether", "happy",
        "call", "quick", "some", "any", "who", "which", "there", "their", "here", "sincerely", "kind", "looking", "forward",
    ];

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A stateless service injected as a singleton.")]
    public string Detect(string subject, string body)
    {
        var own = InquiryText.Own(body, subject);
        var text = ((subject ?? "") + "\n" + (own.Length > MaxScannedLength ? own[..MaxScannedLength] : own)).ToLowerInvariant();
        double french = 0, english = 0;
        foreach (Match word in Word().Matches(text))
        {
            var folded = InquiryText.Fold(word.Value);
            french += FrenchWords.Contains(folded) ? 1 : 0;
            english += EnglishWords.Contains(folded) ? 1 : 0;
            if (folded != word.Value && word.Value.Any(IsFrenchDiacritic))
            {
                french += 0.5;
            }
        }

        // English wins only when clearly ahead: a few English words (a quote, a title) inside French mail are common.
        return english >= 1 && english > french * 1.5 ? English : French;
    }

    private static bool IsFrenchDiacritic(char c) => "éèêëàâçîïôûùüÿœ".Contains(c, StringComparison.Ordinal);

    [GeneratedRegex(@"[\p{L}]+(?:['’][\p{L}]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
