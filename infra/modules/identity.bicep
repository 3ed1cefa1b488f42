// The app's user-assigned managed identity: it exists before the app, so its roles are in place when the app
// first starts, and it outlives a re-created app. Storage, Key Vault references, the deployment package and
// Application Insights all sign in with it; no key or password is issued anywhere.

param location string
param tags object
param name string

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
