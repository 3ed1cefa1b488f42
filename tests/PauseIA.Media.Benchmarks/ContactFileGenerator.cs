using System.Globalization;
using System.Text;

namespace PauseIA.Media.Benchmarks;

/// <summary>
/// A realistic contact file of any size, as a French press office's Excel would save it
/// (Windows-1252, semicolons, CRLF): French names, outlets and cities, a few beats each,
/// about 1% repeated addresses and 0.2% bad rows. The same seed gives the same file.
/// </summary>
public static class ContactFileGenerator
{
    private static readonly string[] FirstNames =
    [
        "Claire", "Julien", "Sophie", "Martin", "Hélène", "Marc", "Lucie", "Anne", "Chloé", "Thomas", "Karim", "Léa", "Hugo", "Inès",
        "Camille", "Nicolas", "Émilie", "Paul", "Sarah", "Antoine", "Manon", "Yanis", "Zoé", "Baptiste", "Océane", "Raphaël", "Jade", "Gaëlle",
        "Quentin", "Wassim", "Valérie", "Denis", "Fatou", "Olivier", "Isabelle", "Xavier", "Ulysse", "Rose", "Vincent", "Gabriel",
    ];

    private static readonly string[] LastNames =
    [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre",
        "Michel", "García", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert",
        "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nguyen", "Côté",
    ];

    private static readonly (string Name, string Domain, string Type)[] Outlets =
    [
        ("Le Monde", "lemonde.fr", "presse écrite"), ("Libération", "liberation.fr", "presse écrite"), ("Le Figaro", "lefigaro.fr", "presse écrite"),
        ("Ouest-France", "ouest-france.fr", "presse écrite"), ("La Dépêche du Midi", "ladepeche.fr", "presse écrite"), ("Le Progrès", "leprogres.fr", "presse écrite"),
        ("Les Échos", "lesechos.fr", "presse écrite"), ("L'Express", "lexpress.fr", "presse écrite"), ("France Inter", "radiofrance.com", "radio"),
        ("RTL", "rtl.fr", "radio"), ("Europe 1", "europe1.fr", "radio"), ("France 2", "francetv.fr", "TV"), ("TF1", "tf1.fr", "TV"),
        ("BFMTV", "bfmtv.com", "TV"), ("Arte", "arte.tv", "TV"), ("Mediapart", "mediapart.fr", "web"), ("Numerama", "numerama.com", "web"),
        ("Next", "next.ink", "web"), ("Brut", "brut.media", "web"), ("AFP", "afp.com", "agence"), ("Reuters", "reuters.com", "agence"),
        ("Politico Europe", "politico.eu", "web"), ("Heise", "heise.de", "web"), ("Lyon Capitale", "lyoncapitale.fr", "web"),
    ];

    private static readonly string[] Cities = ["Paris", "Lyon", "Marseille", "Toulouse", "Rennes", "Bordeaux", "Lille", "Nantes", "Strasbourg", "Montpellier", "Grenoble", "Besançon", "Bruxelles", "Genève"];

    private static readonly string[] Beats = ["ia", "tech", "société", "politique", "économie", "science", "santé", "éducation", "international", "numérique", "environnement", "justice", "culture", "local"];

    public static byte[] Create(int rows, int seed, string tag)
    {
        var random = new Random(seed);
        var text = new StringBuilder("Adresse e-mail;Prénom;Nom;Média;Type de média;Rubriques;Ville;Langue;Téléphone;Notes\r\n");
        var previous = new List<string>();
        for (var i = 0; i < rows; i++)
        {
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            var (outlet, domain, type) = Outlets[random.Next(Outlets.Length)];
            var email = random.Next(100) == 0 && previous.Count > 0
                ? previous[random.Next(previous.Count)]
                : $"{Ascii(first)}.{Ascii(last)}.{tag}{i.ToString(CultureInfo.InvariantCulture)}@{domain}";
            if (random.Next(500) == 0)
            {
                email = email.Replace("@", "@@", StringComparison.Ordinal);
            }

            previous.Add(email);
            var beats = string.Join(", ", Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Beats[random.Next(Beats.Length)]).Distinct());
            var language = random.Next(6) == 0 ? "en" : "fr";
            var phone = random.Next(3) == 0 ? "" : $"0{random.Next(1, 8)} {random.Next(10, 99)} {random.Next(10, 99)} {random.Next(10, 99)} {random.Next(10, 99)}";
            var notes = random.Next(10) == 0 ? "\"Préfère être appelé(e) le matin ; pas le vendredi\"" : "";
            text.Append(CultureInfo.InvariantCulture, $"{email};{first};{last};{outlet};{type};{beats};{Cities[random.Next(Cities.Length)]};{language};{phone};{notes}\r\n");
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetBytes(text.ToString());
    }

    private static string Ascii(string name) =>
        new(name.Normalize(NormalizationForm.FormD).Where(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z').Select(char.ToLowerInvariant).ToArray());
}
