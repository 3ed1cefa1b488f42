// The one storage account: the Functions host's own state, the app's tables, queues and blobs, and the
// Flex Consumption deployment package. Reached with Microsoft Entra ID only: shared keys are off, so no
// connection string or SAS exists that could leak.

param location string
param tags object
param name string

@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_GZRS', 'Standard_RAGRS', 'Standard_RAGZRS'])
param sku string

@description('Days during which a deleted or overwritten blob or a deleted container can be brought back.')
@minValue(7)
@maxValue(365)
param recoveryDays int

param deploymentContainerName string

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: sku }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // The host and the app sign in with the app's managed identity (AzureWebJobsStorage__credential).
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
    networkAcls: { defaultAction: 'Allow', bypass: 'AzureServices' }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: account
  name: 'default'
  properties: {
    // Statement versions are create-only and raw emails are archived once: an overwrite or a
    // delete is a mistake, and the previous bytes must come back.
    isVersioningEnabled: true
    deleteRetentionPolicy: { enabled: true, days: recoveryDays, allowPermanentDelete: false }
    containerDeleteRetentionPolicy: { enabled: true, days: recoveryDays }
  }
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: { publicAccess: 'None' }
}

// Versioning keeps every previous version forever unless told otherwise; an erased contact's
// data must really go. Previous versions are deleted after the recovery window, and soft delete
// keeps them for one more window: anything erased is gone after at most twice recoveryDays.
resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2025-01-01' = {
  parent: account
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'expire-previous-versions'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: { blobTypes: ['blockBlob', 'appendBlob'] }
            actions: {
              version: { delete: { daysAfterCreationGreaterThan: recoveryDays } }
            }
          }
        }
      ]
    }
  }
}

output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue
output tableEndpoint string = account.properties.primaryEndpoints.table
output deploymentContainerUrl string = '${account.properties.primaryEndpoints.blob}${deploymentContainer.name}'
