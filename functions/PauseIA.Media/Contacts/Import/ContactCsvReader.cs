using CsvHelper;
using PauseIA.Media.Common;

namespace PauseIA.Media.Contacts.Import;

/// <summary>
/// Reads an import file with CsvHelper: encoding from <see cref="CsvDecoder"/>, the separator
/// (<c>,</c> <c>;</c> tab) detected by CsvHelper from the first lines or from Excel's <c>sep=</c>
/// line, RFC 4180 quoting (line breaks and doubled quotes inside quotes). A row with broken
/// quoting is kept and reported, never silently repaired.
/// </summary>
public static class ContactCsvReader
{
    // Google Contacts puts several values in one cell: "a@x.fr ::: b@y.fr".
    private const string GoogleSeparator = ":::";

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private static readonly HashSet<string> No = new(StringComparer.Ordinal) { "", "0", "non", "no", "false", "faux", "n" };

    public static CsvImportFile Read(ReadOnlySpan<byte> bytes, int maxRows)
    {
        var decoded = CsvDecoder.Decode(bytes);
        var malformed = new Dictionary<long, CsvMalformedReason>();
        var options = new CsvReaderOptions
        {
            SkipEmptyLines = false,
            TrimWhitespace = true,
            OnMalformedRecord = m => malformed[m.RecordNumber] = m.Reason,
        };

        try
        {
            using var reader = CsvReader.FromText(decoded.Text, options);
            var map = ContactColumns.Map(reader.Headers);
            var lines = new List<ImportLine>();
            while (reader.Read())
            {
                if (lines.Count == maxRows)
                {
                    throw DomainException.TooLarge($"Plus de {maxRows} lignes : découpez le fichier. / More than {maxRows} rows; split the file.");
                }

                var row = checked((int)reader.RowNumber + 1);
                var cells = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i)).ToList();
                lines.Add(ToLine(row, cells, map, malformed.TryGetValue(row, out var reason) ? reason : null));
            }

            return new CsvImportFile(decoded.Encoding, reader.Separator == '\t' ? "\\t" : reader.Separator.ToString(), map.Format, map.Ignored, lines);
        }
        catch (CsvFormatException ex)
        {
            throw DomainException.BadRequest($"CSV illisible : {ex.Message} / Unreadable CSV.");
        }
    }

    private static ImportLine ToLine(int row, List<string> cells, ColumnMap map, CsvMalformedReason? malformed)
    {
        var empty = cells.All(c => c.Length == 0);
        var problem = malformed switch
        {
            null => null,
            CsvMalformedReason.UnterminatedQuote => new ContactProblem("malformed", "Guillemet jamais refermé : la suite du fichier ne peut pas être lue. / Unterminated quote."),
            _ => new ContactProblem("malformed", "Guillemets mal placés dans la ligne (un \" au milieu d'une valeur non entre guillemets ?). / Malformed quoting."),
        };
        if (problem is null && cells.Count > map.HeaderCount && cells.Skip(map.HeaderCount).Any(c => c.Length > 0))
        {
            problem = new ContactProblem("extraCells", $"{cells.Count} cellules pour {map.HeaderCount} colonnes : un séparateur dans une valeur sans guillemets ? / More cells than columns.");
        }

        for (var i = 0; i < cells.Count; i++)
        {
            cells[i] = Unneutralise(cells[i]);
        }

        string? First(ContactColumn column) => map.Values(column, cells).SelectMany(Split).FirstOrDefault();
        var firstName = First(ContactColumn.FirstName);
        var lastName = First(ContactColumn.LastName);
        if (firstName is null && lastName is null && First(ContactColumn.FullName) is { } full)
        {
            // "Jean de La Fontaine": the first word is the first name, the rest the last name.
            var space = full.IndexOf(' ', StringComparison.Ordinal);
            (firstName, lastName) = space > 0 ? (full[..space], full[(space + 1)..].Trim()) : (null, full);
        }

        var input = new ContactInput
        {
            FirstName = firstName,
            LastName = lastName,
            Outlet = First(ContactColumn.Outlet),
            OutletDomain = First(ContactColumn.OutletDomain) ?? First(ContactColumn.Website),
            MediaType = First(ContactColumn.MediaType),
            Beats = map.Values(ContactColumn.Beats, cells).SelectMany(Split)
                .Concat(map.Values(ContactColumn.Labels, cells).SelectMany(Split).Where(l => !l.StartsWith('*')))
                .ToList(),
            City = First(ContactColumn.City),
            Language = First(ContactColumn.Language),
            Phone = First(ContactColumn.Phone),
            Notes = map.First(ContactColumn.Notes, cells),
            Owner = First(ContactColumn.Owner),
            LawfulBasis = LawfulBasisOf(First(ContactColumn.LawfulBasis)),
        };
        var emails = map.Values(ContactColumn.Email, cells).SelectMany(c => c.Split([GoogleSeparator, ",", ";"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var optedOut = map.Values(ContactColumn.OptedOut, cells).Any(v => !No.Contains(SearchKey.Of(v)));
        if (problem is null && First(ContactColumn.LawfulBasis) is { } basis && input.LawfulBasis is null)
        {
            problem = new ContactProblem("badLawfulBasis", $"Base légale inconnue : « {basis} » (intérêt légitime ou consentement). / Unknown lawful basis.");
        }

        return new ImportLine(row, emails, input, optedOut, empty, problem);
    }

    private static IEnumerable<string> Split(string cell) =>
        cell.Contains(GoogleSeparator, StringComparison.Ordinal)
            ? cell.Split(GoogleSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [cell];

    /// <summary>Our export puts a quote before what a spreadsheet would read as a formula; reading it back takes it off.</summary>
    private static string Unneutralise(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && FormulaStarts.Contains(cell[1]) ? cell[1..] : cell;

    private static LawfulBasis? LawfulBasisOf(string? text) => SearchKey.Of(text) switch
    {
        "consent" or "consentement" => Contacts.LawfulBasis.Consent,
        "legitimateinterest" or "legitimate interest" or "interet legitime" => Contacts.LawfulBasis.LegitimateInterest,
        _ => null,
    };
}
