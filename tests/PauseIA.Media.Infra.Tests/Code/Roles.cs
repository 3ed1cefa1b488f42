namespace PauseIA.Media.Infra.Tests.Code;

/// <summary>Built-in role definition ids (https://learn.microsoft.com/azure/role-based-access-control/built-in-roles).</summary>
public static class Roles
{
    public const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    public const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    public const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    public const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    public const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";
    public const string StorageBlobDataReader = "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1";
    public const string StorageQueueDataReader = "19e7f393-937e-4f77-808e-94535e297925";
    public const string StorageTableDataReader = "76199698-9eea-4c19-bc75-cec21354c6b6";
}
