using System.ComponentModel.DataAnnotations;

namespace PauseIA.Media.Storage;

/// <summary>
/// Where tables, blobs and queues live. Bound from the top-level <c>AzureWebJobsStorage</c>
/// setting that the Functions host itself uses, so there is one storage account setting.
/// </summary>
public sealed class StorageOptions
{
    public const string ConnectionSetting = "AzureWebJobsStorage";

    [Required(ErrorMessage = "AzureWebJobsStorage is missing: set it to a storage connection string (LocalHost starts Azurite when it is empty).")]
    public string ConnectionString { get; set; } = "";
}
