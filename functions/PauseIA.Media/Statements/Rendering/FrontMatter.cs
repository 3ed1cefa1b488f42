using System.Text.RegularExpressions;
using Markdig.Extensions.Yaml;
using PauseIA.Media.Common;
using PauseIA.Media.Markdown;
using PauseIA.Media.Statements.Languages;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PauseIA.Media.Statements.Rendering;

/// <summary>The fields of a statement's YAML front matter, read strictly.</summary>
internal sealed partial record FrontMatter(string? Title, string Language, DateTimeOffset? Embargo, string? Audience)
{
    public const string DefaultLanguage = StatementLanguages.French;

    private const int MaxTitleLength = 200;

    private const string KnownFields = "title, language (lang), embargo, audience";

    public static FrontMatter Empty { get; } = new(null, DefaultLanguage, null, null);

    /// <summary>
    /// Finds the front matter exactly as the rendering pipeline does (so nothing is both metadata
    /// and text, or neither), and returns its YAML, the file line the YAML starts on, and the body.
    /// </summary>
    public static (string? Yaml, int FirstLine, string Body) Split(string markdown)
    {
        var document = SafeMarkdownPipeline.Parse(markdown);
        if (document.Count == 0 || document[0] is not YamlFrontMatterBlock block)
        {
            return (null, 0, markdown);
        }

        var afterFence = markdown.IndexOf('\n', block.Span.End);
        var body = afterFence < 0 ? string.Empty : markdown[(afterFence + 1)..];
        return (block.Lines.ToString(), block.Line + 2, LeadingBlankLines().Replace(body, string.Empty));
    }

    /// <summary>The fields; a text without <c>lang</c> is in <paramref name="defaultLanguage"/> (a translation is in its own).</summary>
    public static FrontMatter Read(string yaml, int firstLine, string defaultLanguage = DefaultLanguage)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var line = e.Start.Line + firstLine - 1;
            throw DomainException.BadRequest(
                $"L'en-tête YAML est invalide (ligne {line}) : {e.Message} / The YAML front matter is invalid (line {line}): {e.Message}");
        }

        if (stream.Documents.Count == 0)
        {
            return Empty with { Language = defaultLanguage };
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            throw DomainException.BadRequest(
                "L'en-tête YAML doit être une liste de champs « clé: valeur ». / The YAML front matter must be a list of \"key: value\" fields.");
        }

        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value?.Trim().ToLowerInvariant() ?? string.Empty;
            if (key is not ("title" or "language" or "lang" or "embargo" or "audience"))
            {
                throw DomainException.BadRequest(
                    $"Champ inconnu « {keyNode} » dans l'en-tête : champs possibles {KnownFields}. / Unknown front matter field \"{keyNode}\": expected {KnownFields}.");
            }

            if (valueNode is not YamlScalarNode scalar)
            {
                throw DomainException.BadRequest(
                    $"Le champ « {key} » doit être une valeur simple, pas une liste. / The \"{key}\" field must be a single value, not a list.");
            }

            values[key] = IsNull(scalar) ? null : scalar.Value;
        }

        if (values.ContainsKey("language") && values.ContainsKey("lang"))
        {
            throw DomainException.BadRequest(
                "Les champs « language » et « lang » sont tous deux présents : n'en gardez qu'un. / Both \"language\" and \"lang\" are present: keep only one.");
        }

        return new FrontMatter(
            ReadTitle(values.GetValueOrDefault("title")),
            ReadLanguage(values.GetValueOrDefault("language") ?? values.GetValueOrDefault("lang"), defaultLanguage),
            values.GetValueOrDefault("embargo") is { } embargo ? EmbargoTime.Parse(embargo) : null,
            OneLine(values.GetValueOrDefault("audience")));
    }

    private static string? ReadTitle(string? value)
    {
        var title = OneLine(value);
        if (title is { Length: > MaxTitleLength })
        {
            throw DomainException.BadRequest(
                $"Le titre dépasse {MaxTitleLength} caractères. / The title is longer than {MaxTitleLength} characters.");
        }

        return title;
    }

    private static string ReadLanguage(string? value, string defaultLanguage) =>
        string.IsNullOrWhiteSpace(value)
            ? defaultLanguage
            : StatementLanguages.Normalize(value) ?? throw DomainException.BadRequest(
                $"Langue inconnue « {value} » : utilisez fr ou en. / Unknown language \"{value}\": use fr or en.");

    /// <summary>A title is a subject line: folded block scalars and stray line breaks become single spaces.</summary>
    private static string? OneLine(string? value)
    {
        var text = value is null ? null : Whitespace().Replace(value, " ").Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    // YAML's null spellings, only when unquoted: title: "null" is a title.
    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    // Line breaks, tabs and runs of spaces; not the no-break spaces, which are typography.
    [GeneratedRegex(@"[\s-[\u00A0\u202F\u2007]]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\A([ \t]*\r?\n)+")]
    private static partial Regex LeadingBlankLines();
}
