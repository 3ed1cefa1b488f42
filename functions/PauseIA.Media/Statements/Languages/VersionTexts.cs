using PauseIA.Media.Common;
using PauseIA.Media.Markdown;

namespace PauseIA.Media.Statements.Languages;

/// <summary>
/// The texts of one version: the primary text in its language and its translations, each checked.
/// What a save stores, a preview renders and the consistency check compares.
/// </summary>
public sealed record VersionTexts(LanguageVersion Primary, IReadOnlyList<LanguageVersion> Translations)
{
    public const int MaxTitleLength = 250;

    /// <summary>The primary language first, then the translations in order of their codes.</summary>
    public IReadOnlyList<string> Languages => [Primary.Language, .. Translations.Select(t => t.Language)];

    public IEnumerable<LanguageVersion> All => Translations.Prepend(Primary);

    /// <summary>The version in <paramref name="language"/> (a code the caller gave: 400 when it is unknown or not written).</summary>
    public LanguageVersion In(string? language)
    {
        if (language is null)
        {
            return Primary;
        }

        var code = StatementLanguages.Parse(language);
        return All.FirstOrDefault(v => v.Language == code) ?? throw DomainException.BadRequest(
            $"Pas de version en « {code} » : ce texte existe en {string.Join(", ", Languages)}. / No \"{code}\" version: this text exists in {string.Join(", ", Languages)}.");
    }

    /// <summary>
    /// The texts of a save: the request's, and for a new version (<paramref name="current"/> given)
    /// the current ones for whatever the request leaves out. Every text is normalized and checked;
    /// anything wrong is a 400 naming the language, and nothing is written.
    /// </summary>
    public static VersionTexts FromRequest(
        string? markdown,
        string? title,
        IReadOnlyDictionary<string, TranslationInput?>? translations,
        VersionTexts? current)
    {
        var primaryMarkdown = Normalize(markdown ?? current?.Primary.Markdown, null);
        var titleOverride = title is null ? current?.Primary.TitleOverride : Blank(title);
        var primary = LanguageVersion.Primary(primaryMarkdown, CheckTitle(titleOverride, null));
        CheckTitle(primary.Document.Title, null);

        var texts = (current?.Translations ?? []).ToDictionary(t => t.Language, t => (t.Markdown, t.TitleOverride), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, input) in translations ?? new Dictionary<string, TranslationInput?>())
        {
            var language = StatementLanguages.Parse(key);
            if (!seen.Add(language))
            {
                throw DomainException.BadRequest($"La traduction « {language} » est donnée deux fois. / The \"{language}\" translation is given twice.");
            }

            if (input is null)
            {
                texts.Remove(language);
                continue;
            }

            var existing = texts.TryGetValue(language, out var found) ? found : ((string Markdown, string? TitleOverride)?)null;
            var text = input.Markdown ?? existing?.Markdown ?? throw DomainException.BadRequest(
                $"Le texte (markdown) de la traduction « {language} » est requis. / The markdown of the \"{language}\" translation is required.");
            texts[language] = (text, input.Title is null ? existing?.TitleOverride : Blank(input.Title));
        }

        if (texts.ContainsKey(primary.Language))
        {
            throw DomainException.BadRequest(
                $"Le texte principal est déjà en « {primary.Language} » : une traduction est dans une autre langue. / The primary text is already in \"{primary.Language}\": a translation is in another language.");
        }

        var versions = texts.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t =>
        {
            var translation = LanguageVersion.Translation(t.Key, Normalize(t.Value.Markdown, t.Key), CheckTitle(t.Value.TitleOverride, t.Key), primary.Document);
            CheckTitle(translation.Document.Title, t.Key);
            return translation;
        }).ToList();
        return new VersionTexts(primary, versions);
    }

    /// <summary>
    /// One byte sequence per text: no BOM, LF line endings; the hash covers exactly these bytes. Its one
    /// size limit is the renderer's, in characters, so that every text that saves can be previewed and sent.
    /// </summary>
    private static string Normalize(string? markdown, string? language)
    {
        var which = language is null ? "" : $" ({language})";
        if (string.IsNullOrWhiteSpace(markdown))
        {
            throw DomainException.BadRequest($"Le texte (markdown){which} est requis. / Markdown{which} is required.");
        }

        if (markdown.Contains('\0', StringComparison.Ordinal))
        {
            throw DomainException.BadRequest($"Le texte{which} contient un caractère nul. / Markdown{which} contains a NUL character.");
        }

        var normalized = markdown.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return normalized.Length <= MarkdownRenderer.MaxMarkdownLength
            ? normalized
            : throw DomainException.TooLarge($"Texte{which} trop long : {MarkdownRenderer.MaxMarkdownLength} caractères au plus. / Markdown{which} longer than {MarkdownRenderer.MaxMarkdownLength} characters.");
    }

    private static string? Blank(string title) => title.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    /// <summary>The title becomes the subject line: one line, no control characters.</summary>
    private static string? CheckTitle(string? title, string? language) => title switch
    {
        null => null,
        { Length: > MaxTitleLength } => throw DomainException.BadRequest(
            $"Titre{(language is null ? "" : $" ({language})")} trop long (max {MaxTitleLength}). / Title too long."),
        _ when title.Any(char.IsControl) => throw DomainException.BadRequest("Le titre tient sur une ligne. / The title must be a single line."),
        _ => title,
    };
}
