using PauseIA.Media.Common;

namespace PauseIA.Media.Contacts;

/// <summary>Reads a media type as people write it (French or English) and names it in French for spreadsheets.</summary>
public static class MediaTypes
{
    private static readonly Dictionary<string, MediaType> Synonyms = new(StringComparer.Ordinal)
    {
        ["print"] = MediaType.Print,
        ["presse"] = MediaType.Print,
        ["presse ecrite"] = MediaType.Print,
        ["ecrit"] = MediaType.Print,
        ["journal"] = MediaType.Print,
        ["quotidien"] = MediaType.Print,
        ["hebdomadaire"] = MediaType.Print,
        ["magazine"] = MediaType.Print,
        ["newspaper"] = MediaType.Print,
        ["press"] = MediaType.Print,
        ["tv"] = MediaType.Tv,
        ["tele"] = MediaType.Tv,
        ["television"] = MediaType.Tv,
        ["radio"] = MediaType.Radio,
        ["web"] = MediaType.Web,
        ["en ligne"] = MediaType.Web,
        ["online"] = MediaType.Web,
        ["internet"] = MediaType.Web,
        ["pure player"] = MediaType.Web,
        ["podcast"] = MediaType.Web,
        ["agence"] = MediaType.Agency,
        ["agence de presse"] = MediaType.Agency,
        ["agency"] = MediaType.Agency,
        ["news agency"] = MediaType.Agency,
    };

    /// <summary>Lists the accepted values in error messages.</summary>
    public const string Expected = "presse écrite, TV, radio, web, agence";

    public static bool TryParse(string? text, out MediaType? mediaType)
    {
        mediaType = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (Synonyms.TryGetValue(SearchKey.Of(text).Replace('-', ' '), out var found))
        {
            mediaType = found;
            return true;
        }

        return false;
    }

    /// <summary>The media type named by <paramref name="text"/>, or a 400 that lists the accepted names.</summary>
    public static MediaType Parse(string text) =>
        TryParse(text, out var type) && type is not null
            ? type.Value
            : throw DomainException.BadRequest($"mediaType inconnu : « {text} » ({Expected}). / Unknown media type.");

    /// <summary>Whether two names (<c>TV</c>, <c>télévision</c>) are the same media type.</summary>
    public static bool Same(string? a, string? b) =>
        TryParse(a, out var first) && first is not null && TryParse(b, out var second) && first == second;

    /// <summary>The French name, as the press office writes it in its spreadsheets.</summary>
    public static string FrenchLabel(MediaType mediaType) => mediaType switch
    {
        MediaType.Print => "presse écrite",
        MediaType.Tv => "TV",
        MediaType.Radio => "radio",
        MediaType.Web => "web",
        MediaType.Agency => "agence",
        _ => mediaType.ToString(),
    };

    /// <summary>The JSON name (<c>print</c>…), as <see cref="PauseIA.Media.Common.JsonDefaults"/> writes enums.</summary>
    public static string Code(MediaType mediaType) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(mediaType.ToString());
}
