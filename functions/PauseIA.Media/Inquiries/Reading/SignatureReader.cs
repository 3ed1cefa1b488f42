using System.Text.RegularExpressions;

namespace PauseIA.Media.Inquiries.Reading;

/// <summary>
/// Reads the signature at the end of what the journalist wrote (quotes left out): the lines after the
/// sign-off (<c>Bien cordialement,</c>, <c>Best,</c>) or after <c>-- </c>, else the last short paragraph.
/// Lines are split at <c>|</c>, dashes and commas: a person's name, a title (<c>journaliste</c>,
/// <c>rédactrice en chef</c>, <c>technology reporter</c>…), an outlet (from the directory, or the text
/// after the title as in <c>Journaliste – La Gazette</c>). The phone may be anywhere in the mail
/// (<c>Vous pouvez me joindre au 06 12 34 56 78</c>); the signature's is preferred.
/// </summary>
public sealed partial class SignatureReader
{
    private const int MaxSignatureLines = 8;

    // Capitalised words that open or close a mail, not names.
    private static readonly HashSet<string> NotNames =
    [
        "hi", "hello", "hey", "dear", "bonjour", "bonsoir", "salut", "coucou", "merci", "thanks", "cheers", "best", "regards",
        "cordialement", "parfait", "super", "ok", "okay", "oui", "non", "yes", "no", "bises", "amities", "redaction", "newsroom",
    ];

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A stateless service injected as a singleton.")]
    public SignatureInfo Read(string body, OutletDirectory outlets)
    {
        var lines = InquiryText.Own(body).Split('\n').Select(l => l.Trim()).Where(l => !DeviceFooter().IsMatch(l)).ToList();
        var block = SignatureBlock(lines);
        var segments = block.Select(line => Separators().Split(line).Select(s => s.Trim(' ', ',', ';', '.')).Where(s => s.Length > 0).ToList()).ToList();

        var name = segments.SelectMany(s => s.Take(1)).FirstOrDefault(s => IsPersonName(s, outlets));
        var titleSegment = segments.SelectMany(s => s).FirstOrDefault(s => s != name && TitleWord().IsMatch(InquiryText.Fold(s)));
        var outlet = segments.SelectMany(s => s).Where(s => s != name).Select(outlets.FindInText).FirstOrDefault(o => o is not null)?.Name
            ?? OutletAfterTitle(segments, titleSegment);
        var phone = Phone(string.Join('\n', block)) ?? Phone(string.Join('\n', lines));
        return new SignatureInfo(name, titleSegment is null ? null : Title(titleSegment, outlets), outlet, phone);
    }

    private static List<string> SignatureBlock(List<string> lines)
    {
        var delimiter = lines.FindLastIndex(l => l is "--" or "—" or "__");
        var signOff = lines.FindLastIndex(l => l.Length <= 40 && SignOff().IsMatch(InquiryText.Fold(l)));
        var start = Math.Max(delimiter, signOff) + 1;
        if (start == 0)
        {
            // No sign-off: the last paragraph, if it is short enough to be a signature.
            var end = lines.FindLastIndex(l => l.Length > 0);
            start = end < 0 ? 0 : lines.FindLastIndex(end, l => l.Length == 0) + 1;
            var paragraph = lines.Skip(start).Where(l => l.Length > 0).ToList();
            var isWholeMessage = !lines.Take(start).Any(l => l.Length > 0);
            return !isWholeMessage && paragraph.Count <= 6 && paragraph.All(l => l.Length <= 80) ? paragraph : [];
        }

        return lines.Skip(start).Where(l => l.Length > 0).Take(MaxSignatureLines).ToList();
    }

    private static bool IsPersonName(string segment, OutletDirectory outlets)
    {
        var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 5
            && segment.Length <= 60
            && !(words.Length == 1 && NotNames.Contains(InquiryText.Fold(segment)))
            && words.All(w => NameWord().IsMatch(w))
            && words.Any(w => char.IsUpper(w[0]))
            && !TitleWord().IsMatch(InquiryText.Fold(segment))
            && !SignOff().IsMatch(InquiryText.Fold(segment))
            && outlets.FindInText(segment) is null;
    }

    /// <summary>"Journaliste au service Pixels du Monde" → "Journaliste": the outlet is said elsewhere.</summary>
    private static string Title(string segment, OutletDirectory outlets)
    {
        var at = TitlePreposition().Match(segment);
        return at.Success && outlets.FindInText(segment[at.Index..]) is not null ? segment[..at.Index].Trim() : segment;
    }

    /// <summary>"Journaliste – La Gazette de Pézenas": the segment after the title names the outlet.</summary>
    private static string? OutletAfterTitle(List<List<string>> segments, string? title)
    {
        var line = segments.FirstOrDefault(s => title is not null && s.Contains(title));
        var index = line?.IndexOf(title!) ?? -1;
        return line is not null && index + 1 < line.Count && !PhoneNumber().IsMatch(line[index + 1]) && !line[index + 1].Contains('@', StringComparison.Ordinal)
            ? line[index + 1]
            : null;
    }

    private static string? Phone(string text)
    {
        foreach (Match match in PhoneNumber().Matches(text))
        {
            var digits = match.Value.Count(char.IsAsciiDigit);
            if (digits is >= 9 and <= 15)
            {
                return match.Value.Trim();
            }
        }

        return null;
    }

    [GeneratedRegex(@"^((bien|tres|tres bien|avec mes|mes|sinceres|meilleures|bonne|belle|excellente) )?(cordialement|a vous|amicalement|salutations|journee|soiree|fin de journee|semaine|bises|amities|merci( beaucoup| d'avance| par avance| encore| pour votre (aide|retour|reponse))?|a bientot|best( regards| wishes)?|kind regards|warm regards|regards|many thanks|thanks( again| in advance| so much)?|thank you( so much| in advance)?|cheers|sincerely( yours)?|yours( sincerely| truly)?|all the best)[ ,.!]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SignOff();

    [GeneratedRegex(@"^(envoye (de|depuis) (mon|ma) .*|sent from my .*|get outlook for .*|obtenir outlook pour .*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeviceFooter();

    [GeneratedRegex(@"\s+[|–—•/-]\s+|\s*\|\s*|,\s+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.|de|du|des|d'|van|von|der|den|la|le|da|di|del|dos|y|bin|al)$", RegexOptions.CultureInvariant)]
    private static partial Regex NameWord();

    [GeneratedRegex(@"\b(journaliste?|reporter|redac(teur|trice)|redac chef|correspond(ant|ante|ent)|editor|chef d'edition|writer|producer|produc(teur|trice)|presenta(teur|trice)|presenter|anchor|columnist|chroniqu(eur|euse)|pigiste|freelancer?|jri|rubricarde?|chef(fe)? (de |du |d')(la )?(rubrique|service|edition|desk|pole)|secretaire de redaction|envoyee? speciale?|direct(eur|rice)|programma(teur|trice)|chargee? de programmation|booker|host|anima(teur|trice)|realisa(teur|trice)|researcher|documentaliste|bureau chief|contributor|stagiaire|interne?)s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex TitleWord();

    [GeneratedRegex(@"\s(?:(?:at|chez|pour|for|au|aux|à|a|du|de la|de l'|des|@|with|with the)\s|\()", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitlePreposition();

    [GeneratedRegex(@"(?<![\d+])(?:(?:\+|00)\s?[1-9]\d{0,2}[\s.-]?(?:\(0\)[\s.-]?)?(?:\(?\d{1,4}\)?[\s.-]?){2,6}\d{1,4}|0[1-9](?:[\s.-]?\d{2}){4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneNumber();
}
