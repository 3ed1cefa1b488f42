using System.Globalization;

namespace PauseIA.Media.Benchmarks;

/// <summary>
/// A target of the issue and what was measured against it. Counts (requests) are exact and hold on any
/// machine, so the smoke tests check them; times and memory depend on the machine and are checked by the
/// benchmark run only.
/// </summary>
public sealed record Target(string Name, double Measured, double Limit, string Unit, bool IsCount, bool Inclusive = true, bool AtLeast = false)
{
    public bool Met => AtLeast ? Measured >= Limit : Inclusive ? Measured <= Limit : Measured < Limit;

    private string Comparison => AtLeast ? "≥" : Inclusive ? "≤" : "<";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name}: {Measured:0.##} {Unit} ({Comparison} {Limit:0.##}) {(Met ? "met" : "MISSED")}");

    public static Target Count(string name, double measured, double limit) => new(name, measured, limit, "requests", IsCount: true);

    public static Target Milliseconds(string name, double measured, double limit) => new(name, Math.Round(measured, 1), limit, "ms", IsCount: false, Inclusive: false);
}
