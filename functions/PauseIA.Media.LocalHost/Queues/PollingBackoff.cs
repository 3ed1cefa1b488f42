namespace PauseIA.Media.LocalHost.Queues;

/// <summary>
/// The host's randomized exponential back-off for an empty queue: from the minimum interval, about
/// doubling (±20 %) after each empty poll, up to <c>maxPollingInterval</c>; back to the minimum once a message is found.
/// </summary>
internal sealed class PollingBackoff(TimeSpan minimum, TimeSpan maximum)
{
    private const double RandomizationFactor = 0.2;

    private TimeSpan current;
    private int exponent;

    public TimeSpan Next(bool foundMessageSinceLastDelay)
    {
        if (foundMessageSinceLastDelay)
        {
            current = minimum;
            exponent = 1;
        }
        else if (current != maximum)
        {
            var interval = minimum;
            if (exponent > 0)
            {
                var factor = 1 - RandomizationFactor + (Random.Shared.NextDouble() * 2 * RandomizationFactor);
                interval += TimeSpan.FromMilliseconds(factor * Math.Pow(2, exponent - 1) * minimum.TotalMilliseconds);
            }

            if (interval < maximum)
            {
                current = interval;
                exponent++;
            }
            else
            {
                current = maximum;
            }
        }

        return current;
    }
}
