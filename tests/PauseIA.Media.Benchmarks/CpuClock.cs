using System.Diagnostics;

namespace PauseIA.Media.Benchmarks;

/// <summary>
/// The CPU time of this process (the app, LocalHost, the SendGrid stub and the benchmark's own client) and
/// of Azurite's node process: whose work a step was. On Azure, storage is a service of its own; here
/// Azurite's one thread shares the machine's cores with everything else.
/// </summary>
public sealed class CpuClock(int azuriteProcessId)
{
    public CpuTime Read()
    {
        using var self = Process.GetCurrentProcess();
        using var azurite = Process.GetProcessById(azuriteProcessId);
        return new CpuTime(self.TotalProcessorTime, azurite.TotalProcessorTime);
    }
}
