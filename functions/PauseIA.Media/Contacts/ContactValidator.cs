using System.Text.RegularExpressions;
using PauseIA.Media.Common;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Contacts;

/// <summary>
/// Checks and normalizes what people type, the same way for the API and for each CSV row:
/// single-line fields lose control characters (names end up in mail headers), lengths are
/// bounded, codes are read leniently (French or English) and stored in one form.
/// </summary>
public sealed partial class ContactValidator(TeamDirectory team)
{
    public const int NameMax = 100;
    public const int OutletMax = 200;
    public const int NotesMax = 4000;
    public const int BeatMax = 60;
    public const int BeatsMax = 30;

    // Built once: a collection expression in the call would allocate it again for every row of an import.
    private static readonly char[] BeatSeparators = [';', ',', '|'];

    // Webmail domains say nothing about the outlet, so they never become its domain.
    private static readonly HashSet<string> Webmail = new(StringComparer.Ordinal)
    {
        "gmail.com", "googlemail.com", "yahoo.com", "yahoo.fr", "hotmail.com", "hotmail.fr", "outlook.com", "outlook.fr",
        "live.com", "live.fr", "msn.com", "icloud.com", "me.com", "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr",
        "laposte.net", "neuf.fr", "bbox.fr", "aol.com", "gmx.fr", "gmx.de", "gmx.net", "protonmail.com", "proton.me", "tutanota.com",
    };

    private static readonly Dictionary<string, string> LanguageNames = new(StringComparer.Ordinal)
    {
        ["francais"] = "fr", ["french"] = "fr", ["anglais"] = "en", ["english"] = "en",
        ["allemand"] = "de", ["german"] = "de", ["deutsch"] = "de", ["espagnol"] = "es", ["spanish"] = "es",
        ["italien"] = "it", ["italian"] = "it", ["neerlandais"] = "nl", ["dutch"] = "nl", ["portugais"] = "pt", ["portuguese"] = "pt",
    };

    /// <summary>The normalized fields, or a 400 with the first problem.</summary>
    public ContactFields Validate(ContactInput input) =>
        TryValidate(input, out var fields, out var problem) ? fields : throw DomainException.BadRequest(problem!.Message);

    public bool TryValidate(ContactInput input, out ContactFields fields, out ContactProblem? problem)
    {
        fields = new ContactFields();
        problem = Length("firstName", "prénom", input.FirstName, NameMax)
            ?? Length("lastName", "nom", input.LastName, NameMax)
            ?? Length("outlet", "média", input.Outlet, OutletMax)
            ?? Length("city", "ville", input.City, NameMax)
            ?? Length("notes", "notes", input.Notes, NotesMax);
        if (problem is not null)
        {
            return false;
        }

        if (!MediaTypes.TryParse(input.MediaType, out var mediaType))
        {
            problem = new("badMediaType", $"Type de média inconnu : « {Line(input.MediaType)} » (attendu : {MediaTypes.Expected}). / Unknown media type.");
            return false;
        }

        if (!TryLanguage(input.Language, out var language))
        {
            problem = new("badLanguage", $"Langue inconnue : « {Line(input.Language)} » (un code comme fr ou en). / Unknown language.");
            return false;
        }

        var phone = Line(input.Phone);
        if (phone is not null && !Phone().IsMatch(phone))
        {
            problem = new("badPhone", $"Numéro de téléphone invalide : « {phone} ». / Invalid phone number.");
            return false;
        }

        var domain = OutletDomainOf(input.OutletDomain);
        if (input.OutletDomain is not null && Line(input.OutletDomain) is not null && domain is null)
        {
            problem = new("badOutletDomain", $"Domaine de média invalide : « {Line(input.OutletDomain)} ». / Invalid outlet domain.");
            return false;
        }

        var beats = (input.Beats ?? [])
            .SelectMany(b => (b ?? "").Split(BeatSeparators, StringSplitOptions.RemoveEmptyEntries))
            .Select(b => Line(b)?.ToLowerInvariant())
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (beats.Count > BeatsMax || beats.Any(b => b.Length > BeatMax))
        {
            problem = new("badBeats", $"Rubriques : {BeatsMax} au plus, de {BeatMax} caractères au plus. / Too many or too long beats.");
            return false;
        }

        string? owner = null;
        if (Line(input.Owner) is { } ownerText)
        {
            var member = team.Find(ownerText) ?? team.Members.FirstOrDefault(m => SearchKey.Of(m.DisplayName) == SearchKey.Of(ownerText));
            if (member is null)
            {
                problem = new("unknownOwner", $"Responsable inconnu : « {ownerText} » n'est pas dans l'équipe presse. / Owner is not a team member.");
                return false;
            }

            owner = member.Email;
        }

        fields = new ContactFields
        {
            FirstName = Line(input.FirstName),
            LastName = Line(input.LastName),
            Outlet = Line(input.Outlet),
            OutletDomain = domain,
            MediaType = mediaType,
            Beats = beats,
            City = Line(input.City),
            Language = language,
            Phone = phone,
            Notes = Notes(input.Notes),
            Owner = owner,
            LawfulBasis = input.LawfulBasis,
        };
        return true;
    }

    /// <summary>The outlet's domain guessed from a professional address (none for webmail).</summary>
    public static string? OutletDomainFromEmail(string email)
    {
        var domain = ContactEmail.Domain(email);
        return Webmail.Contains(domain) ? null : domain;
    }

    /// <summary>Trimmed text on one line (control characters become spaces), or null when blank.</summary>
    public static string? Line(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (!trimmed.Any(c => char.IsControl(c)) && !trimmed.Contains("  ", StringComparison.Ordinal))
        {
            return trimmed;
        }

        var chars = text.Select(c => char.IsControl(c) ? ' ' : c).ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string? Notes(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Select(l => Line(l) ?? "");
        return string.Join('\n', lines).Trim('\n');
    }

    private static bool TryLanguage(string? text, out string? language)
    {
        language = null;
        var key = SearchKey.Of(text);
        if (key.Length == 0)
        {
            return true;
        }

        if (LanguageNames.TryGetValue(key, out var named))
        {
            language = named;
            return true;
        }

        if (LanguageCode().IsMatch(key))
        {
            language = key[..2];
            return true;
        }

        return false;
    }

    private static string? OutletDomainOf(string? text)
    {
        var value = Line(text)?.ToLowerInvariant();
        if (value is null)
        {
            return null;
        }

        if (Uri.TryCreate(value.Contains("://", StringComparison.Ordinal) ? value : $"https://{value}", UriKind.Absolute, out var uri))
        {
            value = uri.IdnHost;
        }

        value = value.StartsWith("www.", StringComparison.Ordinal) ? value[4..] : value;
        return ContactEmail.TryNormalize($"x@{value}", out var email) ? ContactEmail.Domain(email) : null;
    }

    private static ContactProblem? Length(string field, string french, string? value, int max) =>
        value is not null && value.Trim().Length > max
            ? new ContactProblem("tooLong", $"Le champ {french} dépasse {max} caractères. / The {field} field is longer than {max} characters.")
            : null;

    [GeneratedRegex(@"^\+?[0-9 ().\-/]{3,40}$")]
    private static partial Regex Phone();

    [GeneratedRegex("^[a-z]{2}([-_][a-z]{2})?$")]
    private static partial Regex LanguageCode();
}
