using System.Text.RegularExpressions;
using PauseIA.Media.Common;

namespace PauseIA.Media.Contacts.Import;

/// <summary>
/// Recognises headers: our own export's (<c>email</c>, <c>first_name</c>…), those of a French
/// spreadsheet (<c>Adresse e-mail</c>, <c>Prénom</c>, <c>Nom</c>, <c>Média</c>…) and those of
/// Google Contacts and Outlook exports. Headers compare without case, accents or punctuation.
/// </summary>
public static partial class ContactColumns
{
    private static readonly Dictionary<string, ContactColumn> Names = new(StringComparer.Ordinal)
    {
        ["email"] = ContactColumn.Email, ["mail"] = ContactColumn.Email, ["courriel"] = ContactColumn.Email,
        ["adresseemail"] = ContactColumn.Email, ["adressemail"] = ContactColumn.Email, ["adresseelectronique"] = ContactColumn.Email,
        ["adressecourriel"] = ContactColumn.Email, ["emailaddress"] = ContactColumn.Email, ["primaryemail"] = ContactColumn.Email,
        ["firstname"] = ContactColumn.FirstName, ["prenom"] = ContactColumn.FirstName, ["givenname"] = ContactColumn.FirstName,
        ["lastname"] = ContactColumn.LastName, ["nom"] = ContactColumn.LastName, ["nomdefamille"] = ContactColumn.LastName,
        ["familyname"] = ContactColumn.LastName, ["surname"] = ContactColumn.LastName,
        ["name"] = ContactColumn.FullName, ["fullname"] = ContactColumn.FullName, ["nomcomplet"] = ContactColumn.FullName,
        ["displayname"] = ContactColumn.FullName,
        ["outlet"] = ContactColumn.Outlet, ["media"] = ContactColumn.Outlet, ["organisation"] = ContactColumn.Outlet,
        ["organization"] = ContactColumn.Outlet, ["organizationname"] = ContactColumn.Outlet, ["company"] = ContactColumn.Outlet,
        ["societe"] = ContactColumn.Outlet, ["entreprise"] = ContactColumn.Outlet, ["redaction"] = ContactColumn.Outlet,
        ["journal"] = ContactColumn.Outlet, ["publication"] = ContactColumn.Outlet,
        ["outletdomain"] = ContactColumn.OutletDomain, ["domaine"] = ContactColumn.OutletDomain, ["domain"] = ContactColumn.OutletDomain,
        ["website"] = ContactColumn.Website, ["site"] = ContactColumn.Website, ["siteweb"] = ContactColumn.Website,
        ["siteinternet"] = ContactColumn.Website, ["webpage"] = ContactColumn.Website,
        ["mediatype"] = ContactColumn.MediaType, ["typedemedia"] = ContactColumn.MediaType, ["typemedia"] = ContactColumn.MediaType,
        ["type"] = ContactColumn.MediaType,
        ["beats"] = ContactColumn.Beats, ["beat"] = ContactColumn.Beats, ["rubriques"] = ContactColumn.Beats, ["rubrique"] = ContactColumn.Beats,
        ["thematiques"] = ContactColumn.Beats, ["thematique"] = ContactColumn.Beats, ["themes"] = ContactColumn.Beats,
        ["sujets"] = ContactColumn.Beats, ["topics"] = ContactColumn.Beats,
        ["labels"] = ContactColumn.Labels, ["groupmembership"] = ContactColumn.Labels, ["categories"] = ContactColumn.Labels,
        ["city"] = ContactColumn.City, ["ville"] = ContactColumn.City, ["localite"] = ContactColumn.City, ["commune"] = ContactColumn.City,
        ["businesscity"] = ContactColumn.City, ["homecity"] = ContactColumn.City,
        ["language"] = ContactColumn.Language, ["langue"] = ContactColumn.Language,
        ["phone"] = ContactColumn.Phone, ["telephone"] = ContactColumn.Phone, ["tel"] = ContactColumn.Phone, ["mobile"] = ContactColumn.Phone,
        ["portable"] = ContactColumn.Phone, ["phonenumber"] = ContactColumn.Phone, ["businessphone"] = ContactColumn.Phone,
        ["mobilephone"] = ContactColumn.Phone,
        ["notes"] = ContactColumn.Notes, ["note"] = ContactColumn.Notes, ["commentaire"] = ContactColumn.Notes,
        ["commentaires"] = ContactColumn.Notes, ["remarques"] = ContactColumn.Notes, ["comments"] = ContactColumn.Notes,
        ["owner"] = ContactColumn.Owner, ["responsable"] = ContactColumn.Owner, ["referent"] = ContactColumn.Owner, ["suivipar"] = ContactColumn.Owner,
        ["optedout"] = ContactColumn.OptedOut, ["optout"] = ContactColumn.OptedOut, ["desinscrit"] = ContactColumn.OptedOut,
        ["desabonne"] = ContactColumn.OptedOut, ["unsubscribed"] = ContactColumn.OptedOut,
        ["lawfulbasis"] = ContactColumn.LawfulBasis, ["baselegale"] = ContactColumn.LawfulBasis, ["basejuridique"] = ContactColumn.LawfulBasis,
    };

    // Headers that only a French spreadsheet would have; they name the format in the report.
    private static readonly HashSet<string> French = new(StringComparer.Ordinal)
    {
        "adresseemail", "adressemail", "adresseelectronique", "courriel", "prenom", "nom", "nomdefamille", "media", "typedemedia",
        "rubriques", "rubrique", "ville", "langue", "telephone", "commentaire", "commentaires", "responsable", "desinscrit",
    };

    public static ColumnMap Map(IReadOnlyList<string> headers)
    {
        var columns = new Dictionary<ContactColumn, List<int>>();
        var ignored = new List<string>();
        var google = false;
        var french = false;
        for (var i = 0; i < headers.Count; i++)
        {
            var key = Key(headers[i]);
            if (Recognise(key, out var google1) is { } column)
            {
                google |= google1;
                french |= French.Contains(key);
                if (!columns.TryGetValue(column, out var list))
                {
                    columns[column] = list = [];
                }

                list.Add(i);
            }
            else if (headers[i].Trim().Length > 0)
            {
                ignored.Add(headers[i].Trim());
            }
        }

        if (!columns.ContainsKey(ContactColumn.Email))
        {
            throw DomainException.BadRequest(
                $"Aucune colonne d'adresse e-mail (« email », « Adresse e-mail »…) parmi : {string.Join(", ", headers.Where(h => h.Length > 0).Take(20))}. / No email column.");
        }

        return new ColumnMap(
            columns.ToDictionary(c => c.Key, c => (IReadOnlyList<int>)c.Value),
            ignored,
            google ? "google" : french ? "french" : "standard",
            headers.Count);
    }

    /// <summary>A header as compared: lower-case letters and digits only, without accents.</summary>
    public static string Key(string header) => NotAlphanumeric().Replace(SearchKey.Of(header), "");

    private static ContactColumn? Recognise(string key, out bool google)
    {
        // Google: "E-mail 1 - Value", "Phone 1 - Value", "Organization 1 - Name", "Address 1 - City", "Website 1 - Value";
        // Outlook: "E-mail Address", "E-mail 2 Address". The "- Type"/"- Label" columns beside them are ignored.
        var numbered = Numbered().Match(key);
        google = numbered.Success;
        if (numbered.Success)
        {
            return (numbered.Groups["what"].Value, numbered.Groups["part"].Value) switch
            {
                ("email", "value" or "address") => ContactColumn.Email,
                ("phone", "value") => ContactColumn.Phone,
                ("organization", "name") => ContactColumn.Outlet,
                ("address", "city") => ContactColumn.City,
                ("website", "value") => ContactColumn.Website,
                _ => null,
            };
        }

        return Names.TryGetValue(key, out var column) ? column : null;
    }

    [GeneratedRegex("[^a-z0-9]")]
    private static partial Regex NotAlphanumeric();

    [GeneratedRegex("^(?<what>email|phone|organization|address|website)[0-9]+(?<part>value|name|city|address)$")]
    private static partial Regex Numbered();
}
