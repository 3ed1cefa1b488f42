using System.Text.RegularExpressions;

namespace PauseIA.Media.Inquiries.Reading;

#pragma warning disable CA1822 // Instance methods: the contract the real class keeps.
// TEMP stand-in: the first city named as a whole word.
public sealed class CityFinder
{
    public string? Find(string text, IEnumerable<string> cities) =>
        cities.FirstOrDefault(city => Regex.IsMatch(text, $@"\b{Regex.Escape(city)}\b", RegexOptions.IgnoreCase));
}
