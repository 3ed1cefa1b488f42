using System.Runtime.CompilerServices;
using CsCheck;
using Xunit.Abstractions;

namespace PauseIA.Media.Tests.Security;

/// <summary>
/// Runs a CsCheck property for a bounded number of cases and writes how many ran. The seed is
/// random on each run, so CI keeps exploring; a failure prints the shrunk case and its seed, and
/// <c>CsCheck_Seed=&lt;seed&gt; dotnet test --filter …</c> replays it exactly.
/// </summary>
internal static class PropertyRun
{
    public static void Check<T>(Gen<T> gen, Action<T> assert, int cases, ITestOutputHelper output, [CallerMemberName] string property = "")
    {
        var ran = 0;
        gen.Sample(
            value =>
            {
                Interlocked.Increment(ref ran);
                assert(value);
            },
            iter: cases,
            threads: 1);
        output.WriteLine($"{property}: {ran} property cases");
    }

    public static async Task CheckAsync<T>(Gen<T> gen, Func<T, Task> assert, int cases, ITestOutputHelper output, [CallerMemberName] string property = "")
    {
        var ran = 0;
        await gen.SampleAsync(
            async value =>
            {
                Interlocked.Increment(ref ran);
                await assert(value);
            },
            iter: cases,
            threads: 1);
        output.WriteLine($"{property}: {ran} property cases");
    }
}
