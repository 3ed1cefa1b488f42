// The vault that holds every secret the app reads. Access is by Azure RBAC only (no access
// policies); the function app reads through Key Vault references with its managed identity.

param location string
param tags object
param name string

@description('Names of the secrets this deployment may write (the keys of secretValues, kept apart so that the loop count is not secret).')
param secretNames string[]

@secure()
@description('Secret name → value. A secret whose value is empty is left in the vault as it is, so that a later deployment need not carry every secret again.')
param secretValues object

@description('Secrets the app settings refer to: each must be given here or already be in the vault.')
param requiredSecretNames string[]

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

// An app setting whose Key Vault reference does not resolve reaches the app as the literal
// text "@Microsoft.KeyVault(…)", which the app could take for a key. Reading every required
// secret once the given ones are written makes the deployment fail instead, naming the missing one.
resource requiredSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' existing = [for secretName in requiredSecretNames: {
  parent: vault
  name: secretName
  dependsOn: [
    secret
  ]
}]

output name string = vault.name

// Outputs are evaluated at the end of the deployment: this is what performs the reads.
output requiredSecretUris string[] = [for (secretName, i) in requiredSecretNames: requiredSecret[i].properties.secretUri]
