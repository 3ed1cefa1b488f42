namespace PauseIA.Media.Infra.Tests.Bicep;

/// <summary>What one run of the Bicep CLI printed, and how it ended.</summary>
public sealed record BicepResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Bicep prints its diagnostics (errors and linter warnings alike) on standard error.</summary>
    public bool IsClean => ExitCode == 0 && string.IsNullOrWhiteSpace(StandardError);

    public override string ToString() => $"exit code {ExitCode}{Environment.NewLine}{StandardError}{StandardOutput}";
}
