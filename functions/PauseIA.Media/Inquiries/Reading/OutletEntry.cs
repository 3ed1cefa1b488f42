using System.ComponentModel.DataAnnotations;
using PauseIA.Media.Contacts;

namespace PauseIA.Media.Inquiries.Reading;

/// <summary>One outlet of <c>Outlets:Entries</c> (<c>Outlets__Entries__0__Domain</c> in app settings); an entry replaces the built-in one with the same domain.</summary>
public sealed class OutletEntry
{
    [Required, RegularExpression(@"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$", ErrorMessage = "Domain must be a mail domain such as leprogres.fr.")]
    public string Domain { get; set; } = "";

    [Required]
    public string Name { get; set; } = "";

    /// <summary>A media type as the contact list names it (<see cref="MediaTypes"/>): presse écrite, TV, radio, web, agence, or <c>print</c>, <c>tv</c>…</summary>
    [Required]
    public string MediaType { get; set; } = "";

    /// <summary>The city of a local outlet (its newsroom), none for national media.</summary>
    public string? City { get; set; }

    [Required, RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "Country must be a two-letter ISO code such as FR.")]
    public string Country { get; set; } = "FR";

    [Required, RegularExpression("^[a-z]{2}$", ErrorMessage = "Language must be a two-letter ISO code such as fr.")]
    public string Language { get; set; } = "fr";

    /// <summary>Other names the outlet goes by in signatures ("Le Progrès" → "Progrès de Lyon").</summary>
    public List<string> Aliases { get; set; } = [];
}
