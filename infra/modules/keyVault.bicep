// The vault that holds every secret the app reads. Access is by Azure RBAC only (no access
// policies); the function app reads through Key Vault references with its managed identity.

param location string
param tags object
param name string

@description('Names of the secrets this deployment may write.')
param secretNames string[]

@secure()
@description('Secret name → value. A secret whose value is empty is left in the vault as it is, so that a later deployment need not carry every secret again.')
param secretValues object

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // Once on it cannot be turned off: a deleted secret or vault stays recoverable for 90 days.
    enablePurgeProtection: true
    // Flex Consumption without VNet integration has no fixed outbound address to allow-list.
    publicNetworkAccess: 'Enabled'
    networkAcls: { defaultAction: 'Allow', bypass: 'AzureServices' }
  }
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = [for secretName in secretNames: if (!empty(secretValues[secretName])) {
  parent: vault
  name: secretName
  properties: {
    value: secretValues[secretName]
  }
}]

output name string = vault.name
