namespace PauseIA.Media.Queues;

public enum PoisonAction
{
    /// <summary>Put back on its queue, to be processed again.</summary>
    Requeued,

    /// <summary>Deleted for good.</summary>
    Discarded,
}
