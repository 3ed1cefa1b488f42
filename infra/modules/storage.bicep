// The one storage account: the Functions host's own state, the app's tables, queues and blobs,
// the Flex Consumption deployment package and Easy Auth's token store.

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
param tokenStoreContainerName string

@description('The vault that receives the connection string and the token store\'s SAS URL, so that neither appears in app settings.')
param keyVaultName string
param connectionStringSecretName string
param tokenStoreSasUrlSecretName string

@description('End of validity of the token store\'s SAS; every deployment issues a new one.')
param tokenStoreSasExpiry string

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
    // The app builds its Table, Blob and Queue clients from the AzureWebJobsStorage connection
    // string, so shared key stays on; the key itself only ever lives in Key Vault (see README).
    allowSharedKeyAccess: true
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

resource tokenStoreContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: tokenStoreContainerName
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
        // Easy Auth rewrites a user's tokens at each refresh: old refresh tokens need no history.
        {
          name: 'expire-previous-token-versions'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: { blobTypes: ['blockBlob'], prefixMatch: ['${tokenStoreContainerName}/'] }
            actions: {
              version: { delete: { daysAfterCreationGreaterThan: 1 } }
            }
          }
        }
      ]
    }
  }
}

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: keyVaultName
}

resource connectionStringSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: connectionStringSecretName
  properties: {
    value: 'DefaultEndpointsProtocol=https;AccountName=${account.name};AccountKey=${account.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
}

// Flex Consumption instances share no file system, so Easy Auth keeps its tokens in a blob
// container, reached through a SAS URL (the only way App Service's token store accepts).
var tokenStoreSas = {
  canonicalizedResource: '/blob/${name}/${tokenStoreContainerName}'
  signedResource: 'c'
  signedPermission: 'rwdl'
  signedProtocol: 'https'
  signedExpiry: tokenStoreSasExpiry
}

resource tokenStoreSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: tokenStoreSasUrlSecretName
  properties: {
    value: '${account.properties.primaryEndpoints.blob}${tokenStoreContainer.name}?${account.listServiceSas(account.apiVersion, tokenStoreSas).serviceSasToken}'
  }
}

output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
output deploymentContainerUrl string = '${account.properties.primaryEndpoints.blob}${deploymentContainer.name}'
