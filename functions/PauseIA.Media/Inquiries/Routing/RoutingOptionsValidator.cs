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

        var problems = validator.Problems(options.Rules, $"{RoutingOptions.Section}:Rules, règle");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
