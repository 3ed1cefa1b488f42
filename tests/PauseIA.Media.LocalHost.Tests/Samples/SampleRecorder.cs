using System.Collections.Concurrent;

namespace PauseIA.Media.LocalHost.Tests.Samples;

/// <summary>What the sample functions were called with, for the tests to wait on and inspect.</summary>
public sealed class SampleRecorder
{
    private readonly ConcurrentQueue<SampleCall> calls = new();

    public void Record(string function, object? value) => calls.Enqueue(new SampleCall(function, value));

    public IReadOnlyList<T> Values<T>(string function) => calls.Where(c => c.Function == function).Select(c => c.Value).OfType<T>().ToList();

    /// <summary>Waits until <paramref name="function"/> has recorded a value matching <paramref name="match"/>.</summary>
    public async Task<T> WaitForAsync<T>(string function, Func<T, bool>? match = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var found = Values<T>(function).FirstOrDefault(v => match is null || match(v));
            if (found is not null)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{function} recorded no matching call in time.");
            }

            await Task.Delay(50);
        }
    }
}
