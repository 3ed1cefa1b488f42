using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using PauseIA.Media.Contacts;

namespace PauseIA.Media.Inquiries.Reading;

/// <summary>Checks each configured outlet at start; messages name the setting (<c>Outlets:Entries:2:MediaType</c>).</summary>
public sealed class OutletOptionsValidator : IValidateOptions<OutletOptions>
{
    public ValidateOptionsResult Validate(string? name, OutletOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Entries.Count; i++)
        {
            var entry = options.Entries[i];
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(entry, new ValidationContext(entry), results, validateAllProperties: true);
            failures.AddRange(results.Select(r => $"{OutletOptions.Section}:Entries:{i}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
            if (!string.IsNullOrEmpty(entry.MediaType) && !(MediaTypes.TryParse(entry.MediaType, out var type) && type is not null))
            {
                failures.Add($"{OutletOptions.Section}:Entries:{i}:MediaType: '{entry.MediaType}' is not a media type ({MediaTypes.Expected}).");
            }
        }

        var duplicates = options.Entries.GroupBy(e => e.Domain.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1);
        failures.AddRange(duplicates.Select(g => $"{OutletOptions.Section}:Entries: {g.Key} appears more than once."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
