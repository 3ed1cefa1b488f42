using PauseIA.Media.Common;

namespace PauseIA.Media.Statements.Languages;

/// <summary>
/// The languages a statement is written and sent in: those whose email wording, embargo line and
/// unsubscribe page exist (<c>StatementTexts</c>, <c>EmbargoLine</c>, <c>UnsubscribePage</c>). A
/// language added here needs those three first.
/// </summary>
public static class StatementLanguages
{
    public const string French = "fr";

    public const string English = "en";

    public static IReadOnlyList<string> Supported { get; } = [French, English];

    /// <summary><c>fr</c>, <c>FR</c>, <c>fr-FR</c> or <c>fr_CA</c> → <c>fr</c>; null for anything that is not a supported language.</summary>
    public static string? Normalize(string? value)
    {
        var code = value?.Trim().ToLowerInvariant();
        if (code is { Length: > 2 } && (code[2] == '-' || code[2] == '_'))
        {
            code = code[..2];
        }

        return code is not null && Supported.Contains(code, StringComparer.Ordinal) ? code : null;
    }

    /// <summary>A language a caller asked for (a query parameter, a translation key): normalized, or a 400 that names it.</summary>
    public static string Parse(string? value) =>
        Normalize(value) ?? throw DomainException.BadRequest(
            $"Langue inconnue « {Shown(value)} » : {string.Join(" ou ", Supported)}. / Unknown language \"{Shown(value)}\": {string.Join(" or ", Supported)}.");

    /// <summary>
    /// The version a reader gets: the one in their language when the statement has it, otherwise the
    /// primary text. Contacts may speak any language (<c>de</c>, <c>es</c>…); only the first two letters count.
    /// </summary>
    public static string For(string? readerLanguage, string primary, IEnumerable<string> available)
    {
        var reader = readerLanguage?.Trim().ToLowerInvariant() is { Length: >= 2 } code ? code[..2] : null;
        return reader is not null && available.Contains(reader, StringComparer.Ordinal) ? reader : primary;
    }

    private static string Shown(string? value) =>
        value is null ? "" : new string(value.Where(c => !char.IsControl(c)).Take(20).ToArray());
}
