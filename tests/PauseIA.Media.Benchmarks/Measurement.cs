namespace PauseIA.Media.Benchmarks;

/// <summary>One timed step: how many rows it handled, how long it took, how many storage requests it made.</summary>
public sealed record Measurement(string Step, int Rows, double Milliseconds, int Requests)
{
    public double RowsPerSecond => Milliseconds <= 0 ? 0 : Rows / (Milliseconds / 1000);
}
