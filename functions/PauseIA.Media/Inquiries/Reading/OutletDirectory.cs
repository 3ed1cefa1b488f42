using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using PauseIA.Media.Contacts;

namespace PauseIA.Media.Inquiries.Reading;

/// <summary>
/// News outlets by mail domain and by name: the built-in map (<see cref="DefaultOutlets"/>) with the
/// configured <see cref="OutletOptions"/> added or replacing entries of the same domain.
/// </summary>
public sealed partial class OutletDirectory
{
    private readonly Dictionary<string, OutletInfo> byDomain = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, OutletInfo> byName = [];
    private readonly Dictionary<string, string> writtenNames = [];
    private readonly Regex mentions;

    public OutletDirectory(IOptions<OutletOptions> options)
    {
        var entries = options.Value.Entries.Concat(DefaultOutlets.Entries).ToList();
        foreach (var entry in entries)
        {
            var domain = entry.Domain.Trim().ToLowerInvariant();
            if (byDomain.ContainsKey(domain))
            {
                continue;
            }

            var outlet = new OutletInfo(entry.Name.Trim(), domain, MediaTypes.Parse(entry.MediaType), string.IsNullOrWhiteSpace(entry.City) ? null : entry.City.Trim(),
                entry.Country.Trim().ToUpperInvariant(), entry.Language.Trim().ToLowerInvariant());
            byDomain[domain] = outlet;
            foreach (var name in entry.Aliases.Prepend(entry.Name).Where(n => !string.IsNullOrWhiteSpace(n)))
            {
                var key = NameKey(name);
                if (key.Length > 0 && byName.TryAdd(key, outlet))
                {
                    writtenNames[key] = name.Trim();
                }
            }
        }

        mentions = BuildMentions();
    }

    public IReadOnlyCollection<OutletInfo> All => byDomain.Values;

    /// <summary>The outlet of an address's domain or of its parent domains (<c>m.leprogres.fr</c> → <c>leprogres.fr</c>).</summary>
    public OutletInfo? FindByEmail(string email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var domain = email[(email.LastIndexOf('@') + 1)..].Trim().Trim('<', '>', '.', ' ').ToLowerInvariant();
        while (domain.Length > 0)
        {
            if (byDomain.TryGetValue(domain, out var outlet))
            {
                return outlet;
            }

            var dot = domain.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0 || domain.IndexOf('.', dot + 1) < 0)
            {
                return null;
            }

            domain = domain[(dot + 1)..];
        }

        return null;
    }

    /// <summary>The outlet with this name or alias, ignoring case, accents, punctuation and a leading article ("le progres" → Le Progrès).</summary>
    public OutletInfo? FindByName(string name) =>
        string.IsNullOrWhiteSpace(name) ? null : byName.GetValueOrDefault(NameKey(name)) ?? FindByEmail(name.Trim());

    /// <summary>
    /// The first outlet named in <paramref name="text"/> (a signature line, say): by its name, with the
    /// French article contracted ("du Monde", "au Progrès"), or by its domain. A name must be written
    /// with its capitals ("Le Point", not "faire le point"; "TIME", not "time").
    /// </summary>
    public OutletInfo? FindInText(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var sample = text.Length > 2_000 ? text[..2_000] : text;
        var folded = InquiryText.Fold(sample);
        foreach (Match match in mentions.Matches(folded))
        {
            var core = match.Groups["core"];
            if (match.Groups["domain"].Success)
            {
                return FindByEmail(match.Value);
            }

            var key = NameKey(core.Value);
            if (byName.TryGetValue(key, out var outlet) && IsWrittenAsNamed(sample.Substring(core.Index, core.Length), writtenNames[key])
                && !IsFirstName(sample, match, key))
            {
                return outlet;
            }
        }

        return null;
    }

    // A name written with a French article is only recognised with it, contracted or not ("le Monde",
    // "du Monde", "au Monde"): "Monde", "Point" or "Alsace" alone are words.
    private Regex BuildMentions()
    {
        var forms = new Dictionary<string, string>
        {
            ["le "] = "(?:le|du|au) ", ["la "] = "(?:la|de la|a la) ", ["les "] = "(?:les|des|aux) ", ["l'"] = "(?:l'|de l'|d'|a l')", ["the "] = "(?:the )?",
        };
        var names = writtenNames.Values.Select(InquiryText.Fold).Distinct().ToList();
        var alternatives = forms.Select(form => (form.Value, Names: names.Where(n => n.StartsWith(form.Key, StringComparison.Ordinal)).Select(n => n[form.Key.Length..])))
            .Append(("", names.Where(n => !forms.Keys.Any(a => n.StartsWith(a, StringComparison.Ordinal)))))
            .Where(a => a.Item2.Any())
            .Select(a => $"{a.Item1}(?<core>{string.Join('|', a.Item2.OrderByDescending(n => n.Length).Select(EscapeName))})");
        var domains = byDomain.Keys.OrderByDescending(d => d.Length).Select(Regex.Escape);
        var pattern = $@"(?<![\p{{L}}\p{{N}}])(?:(?<domain>{string.Join('|', domains)})|{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}])";
        return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }

    private static string EscapeName(string folded) => Regex.Escape(folded).Replace("\\ ", "[ -]", StringComparison.Ordinal);

    /// <summary>Every capital of the configured name is a capital in the text (a lower-case brand such as "franceinfo" matches as it is).</summary>
    private static bool IsWrittenAsNamed(string written, string name)
    {
        var nameCore = Core(name);
        if (written.Length != nameCore.Length)
        {
            return true;
        }

        for (var i = 0; i < written.Length; i++)
        {
            if (char.IsUpper(nameCore[i]) && !char.IsUpper(written[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Marianne Dupont" is a person: a one-word name without article followed by a capitalised word.</summary>
    private static bool IsFirstName(string text, Match match, string key)
    {
        var end = match.Index + match.Length;
        return !key.Contains(' ', StringComparison.Ordinal) && match.Groups["core"].Index == match.Index
            && end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]);
    }

    /// <summary>The name without its leading article: "Le Monde" → "Monde", "L'Obs" → "Obs".</summary>
    private static string Core(string name) => LeadingArticle().Replace(name.Trim(), "");

    private static string NameKey(string name) =>
        string.Join(' ', NonWord().Split(Core(InquiryText.Fold(name.Trim()))).Where(w => w.Length > 0));

    [GeneratedRegex(@"^(?:(?:les|le|la|the|der|die|das|el|de) |l['’])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(@"[^\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();
}
