namespace PauseIA.Media.LocalHost.Storage;

/// <summary>How LocalHost starts Azurite when <c>AzureWebJobsStorage</c> is empty (section <c>Azurite</c>).</summary>
public sealed class AzuriteOptions
{
    public const string Section = "Azurite";

    /// <summary>Where Azurite keeps its data; relative paths are under the repository root. Null keeps it in memory.</summary>
    public string? Location { get; set; } = ".data/azurite";

    /// <summary>0 picks a free port.</summary>
    public int BlobPort { get; set; }

    public int QueuePort { get; set; }

    public int TablePort { get; set; }
}
