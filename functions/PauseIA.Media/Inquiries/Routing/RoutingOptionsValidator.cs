using Microsoft.Extensions.Options;

namespace PauseIA.Media.Inquiries.Routing;

/// <summary>Refuses to start with configured rules that route nowhere, naming the setting.</summary>
public sealed class RoutingOptionsValidator(RoutingRulesValidator validator) : IValidateOptions<RoutingOptions>
{
    public ValidateOptionsResult Validate(string? name, RoutingOptions options)
    {
        if (options.Rules.Count == 0)
        {
            return ValidateOptionsResult.Success;
        }

        IReadOnlyList<string> problems;
        try
        {
            problems = validator.Problems(options.Rules, $"{RoutingOptions.Section}:Rules, règle");
        }
        catch (OptionsValidationException)
        {
            // The rules name team members, and the team itself is invalid: its own failure is reported, and the rules are checked once it is fixed.
            return ValidateOptionsResult.Skip;
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
