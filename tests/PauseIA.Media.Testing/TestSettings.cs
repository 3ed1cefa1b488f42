namespace PauseIA.Media.Testing;

/// <summary>The settings the tests run with: the same team as LocalHost's Development one.</summary>
public static class TestSettings
{
    public const string Spokesperson = "porte-parole@pauseia.fr";
    public const string CommsDirector = "director@pauseai.info";
    public const string LyonLead = "lyon@pauseia.fr";
    public const string ToulouseLead = "toulouse@pauseia.fr";
    public const string RennesLead = "rennes@pauseia.fr";
    public const string MarseilleLead = "marseille@pauseia.fr";
    public const string PressOfficer = "benevole@pauseia.fr";
    public const string Admin = "admin@pauseia.fr";

    /// <summary>The <c>?key=</c> of the inbound webhook.</summary>
    public const string InboundSecret = "local-dev-secret";

    public static Dictionary<string, string?> Create(string storageConnectionString)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = storageConnectionString,
            ["LocalHost:PlaysEasyAuth"] = "true",
            ["Mail:PressAddress"] = "presse@pauseia.fr",
            ["Mail:MessageIdDomain"] = "media.pauseia.fr",
            ["Mail:PublicBaseUrl"] = "http://127.0.0.1:7071",
            ["Contacts:SuppressionKey"] = "development-only-suppression-key-not-a-secret",
            ["Statements:UnsubscribeKey"] = "development-only-unsubscribe-key-not-a-secret",
            ["Inbound:Secret"] = InboundSecret,
        };
        var members = new (string Email, string Name, string Roles, string Cities, string Language)[]
        {
            (Spokesperson, "Camille Martin", "Spokesperson", "", "fr"),
            (CommsDirector, "Jordan Ellis", "CommsDirector", "", "en"),
            (LyonLead, "Léa Dubois", "LocalLead", "Lyon", "fr"),
            (ToulouseLead, "Hugo Bernard", "LocalLead", "Toulouse", "fr"),
            (RennesLead, "Maël Le Gall", "LocalLead", "Rennes", "fr"),
            (MarseilleLead, "Inès Haddad", "LocalLead", "Marseille", "fr"),
            (PressOfficer, "Sacha Petit", "PressOfficer", "", "fr"),
            (Admin, "Alex Moreau", "Admin", "", "fr"),
        };
        for (var i = 0; i < members.Length; i++)
        {
            var (email, name, roles, cities, language) = members[i];
            settings[$"Team:Members:{i}:Email"] = email;
            settings[$"Team:Members:{i}:DisplayName"] = name;
            settings[$"Team:Members:{i}:Language"] = language;
            var roleList = roles.Split(',', StringSplitOptions.RemoveEmptyEntries);
            for (var r = 0; r < roleList.Length; r++)
            {
                settings[$"Team:Members:{i}:Roles:{r}"] = roleList[r];
            }

            var cityList = cities.Split(',', StringSplitOptions.RemoveEmptyEntries);
            for (var c = 0; c < cityList.Length; c++)
            {
                settings[$"Team:Members:{i}:Cities:{c}"] = cityList[c];
            }
        }

        return settings;
    }
}
