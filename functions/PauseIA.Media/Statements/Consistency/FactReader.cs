using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Statements.Consistency;

/// <summary>
/// The comparable values of a unit of text: link targets and email addresses, then telephone numbers,
/// dates, times and numbers, each read the way its language writes it. A stretch of text gives at most one value
/// (the day and year of a date are not numbers too), and dates and times in a sentence about the
/// embargo count as the embargo.
/// </summary>
internal static class FactReader
{
    public static IEnumerable<Fact> Read(TextUnit unit, string language)
    {
        foreach (var link in unit.Links)
        {
            if (link.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            {
                var address = link[7..].Split('?')[0].Trim();
                yield return new Fact(DivergenceCategory.Email, address.ToLowerInvariant(), address, unit);
            }
            else if (link.Length > 0 && !link.StartsWith('#'))
            {
                yield return new Fact(DivergenceCategory.Url, NormalizeUrl(link), link, unit);
            }
        }

        var text = unit.Text;
        var claimed = new bool[text.Length];
        var english = language == StatementLanguages.English;
        var aboutEmbargo = MentionsEmbargo(text);
        foreach (var email in ValuePatterns.Emails(text))
        {
            Claim(claimed, email.Start, email.Length);
            yield return new Fact(DivergenceCategory.Email, email.Key.ToLowerInvariant(), email.Key, unit);
        }

        foreach (var phone in ValuePatterns.Phones(text))
        {
            if (Claim(claimed, phone.Start, phone.Length))
            {
                yield return new Fact(DivergenceCategory.Number, phone.Key, text.Substring(phone.Start, phone.Length), unit);
            }
        }

        foreach (var date in ValuePatterns.Dates(text, english))
        {
            if (Claim(claimed, date.Start, date.Length))
            {
                yield return new Fact(aboutEmbargo ? DivergenceCategory.Embargo : DivergenceCategory.Date, date.Key, text.Substring(date.Start, date.Length), unit)
                {
                    LooseKey = date.LooseKey,
                };
            }
        }

        foreach (var time in ValuePatterns.Times(text, english))
        {
            if (Claim(claimed, time.Start, time.Length))
            {
                yield return new Fact(aboutEmbargo ? DivergenceCategory.Embargo : DivergenceCategory.Time, time.Key, text.Substring(time.Start, time.Length), unit);
            }
        }

        foreach (var number in ValuePatterns.Numbers(text, english))
        {
            if (Claim(claimed, number.Start, number.Length))
            {
                yield return new Fact(DivergenceCategory.Number, number.Key, text.Substring(number.Start, number.Length).Trim(), unit);
            }
        }
    }

    /// <summary>"Embargo" is spelt alike in French and English (embargoed, sous embargo).</summary>
    public static bool MentionsEmbargo(string text) => text.Contains("embargo", StringComparison.OrdinalIgnoreCase);

    /// <summary>Scheme and host are case-insensitive and a final slash changes nothing; the path and query are compared as written.</summary>
    private static string NormalizeUrl(string url)
    {
        var trimmed = url.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return trimmed;
        }

        var rest = uri.GetComponents(UriComponents.PathAndQuery | UriComponents.Fragment, UriFormat.UriEscaped).TrimEnd('/');
        return $"{uri.Scheme}://{uri.Authority.ToLowerInvariant()}{rest}";
    }

    /// <summary>Marks a stretch as read; false when part of it already gave a value.</summary>
    private static bool Claim(bool[] claimed, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (claimed[i])
            {
                return false;
            }
        }

        Array.Fill(claimed, true, start, length);
        return true;
    }
}
