// PauseIA.Media in Azure, deployed with `azd up` (README.md, "Deploy to Azure"): a function app on Flex
// Consumption behind Easy Auth, its storage account reached with a managed identity only (no shared key),
// a Key Vault for every secret, and Application Insights without local authentication. Subscription scope,
// as azd templates are: the resource group is created here. See README.md beside this file.

targetScope = 'subscription'

import { teamMember, signInProvider } from 'modules/types.bicep'

@minLength(1)
@maxLength(64)
@description('The azd environment (AZURE_ENV_NAME): names the resource group and seeds every other name.')
param environmentName string

@minLength(1)
@description('Azure region of every resource (AZURE_LOCATION); one where Flex Consumption runs .NET 10 (az functionapp list-flexconsumption-locations).')
@metadata({ azd: { type: 'location' } })
param location string

@description('The resource group to create. Empty: rg-<environmentName>.')
param resourceGroupName string = ''

@description('Name of the function app, which is also its host name: <appName>.azurewebsites.net. At most 40 characters, so that the names built from it (plan-…, log-…) stay within Azure\'s limits.')
@minLength(2)
@maxLength(40)
param appName string = 'pauseia-media-${toLower(uniqueString(subscription().id, environmentName, location))}'

@description('The deploying user or principal (AZURE_PRINCIPAL_ID). Given read access to the tables, blobs and queues when deployerDataAccess is true.')
param principalId string = ''

@description('true: the deploying user may read the app\'s tables, blobs and queues from their own machine (Storage Explorer, az storage … --auth-mode login).')
param deployerDataAccess bool = false

// ---- The press team and its mail -------------------------------------------------------

@description('The press team, as JSON: [{"email": "…", "displayName": "…", "roles": ["Spokesperson", "Admin"]}, {"email": "…", "displayName": "…", "roles": ["CommsDirector"], "language": "en"}]. At least one Spokesperson and one CommsDirector: the app refuses to start without them.')
@minLength(2)
param teamMembers teamMember[]

@description('The press inbox, sender of acknowledgements and statements (Mail:PressAddress).')
param pressAddress string

param pressName string = 'Pause IA – Presse'

@description('Other addresses of ours that inbound mail may come from or go to (Mail:OwnAddresses).')
param ownAddresses string[] = []

@description('Right-hand side of the Message-IDs we mint, e.g. media.pauseia.fr (Mail:MessageIdDomain).')
param messageIdDomain string

@description('The console\'s address, for links in mail. Empty: https://<appName>.azurewebsites.net.')
param publicBaseUrl string = ''

@description('The association\'s privacy notice, linked from every first contact and statement (GDPR art. 14).')
param privacyNoticeUrl string

@description('true once SendGrid is set up: the app sends through SendGrid with the vault\'s sendgrid-api-key and checks delivery events with sendgrid-event-webhook-public-key (both must then be in the vault). false: every mail stays in the outbox and the health answer says so.')
param deliverMail bool = false

// ---- Sign-in -----------------------------------------------------------------------------

@description('Who signs the team in: Microsoft Entra ID or any OpenID Connect provider.')
param signIn signInProvider

// ---- Secrets -----------------------------------------------------------------------------
// Each one is written to Key Vault when given and left as it is when empty, so the first
// deployment carries them and later ones need none (README.md, "Choices, and why").

@secure()
@description('Client secret of the sign-in provider\'s app registration.')
param signInClientSecret string = ''

@secure()
@description('SendGrid API key with Mail Send permission (SendGrid:ApiKey).')
param sendGridApiKey string = ''

@secure()
@description('Verification key of SendGrid\'s signed Event Webhook (SendGrid:EventWebhookPublicKey).')
param sendGridEventWebhookPublicKey string = ''

@secure()
@description('Shared secret in the Inbound Parse URL\'s ?key= (Inbound:Secret).')
param inboundSecret string = ''

@secure()
@description('HMAC key of one-click unsubscribe links (Statements:UnsubscribeKey). Changing it breaks every link already sent.')
param unsubscribeKey string = ''

@secure()
@description('HMAC key of the suppression list\'s hashed addresses (Contacts:SuppressionKey). Changing it forgets every opt-out.')
param suppressionKey string = ''

// ---- Sizing, retention and alerts ---------------------------------------------------------

@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_GZRS', 'Standard_RAGRS', 'Standard_RAGZRS'])
param storageSku string = 'Standard_ZRS'

@description('Days during which a deleted or overwritten blob can be recovered.')
@minValue(7)
@maxValue(365)
param recoveryDays int = 30

@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 10

@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

param logDailyCapGb int = 1

@description('Comma-separated addresses mailed when the app fails, a message waits in a poison queue, SendGrid refuses mail, a statement batch needs a decision or acknowledgements are slow.')
@minLength(3)
param alertEmails string

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
  application: 'PauseIA.Media'
}
var names = {
  resourceGroup: empty(resourceGroupName) ? 'rg-${environmentName}' : resourceGroupName
  identity: 'id-${appName}'
  plan: 'plan-${appName}'
  storage: 'stpauseia${resourceToken}'
  keyVault: 'kv-pauseia-${take(resourceToken, 11)}'
  workspace: 'log-${appName}'
  appInsights: 'appi-${appName}'
  deploymentContainer: 'app-package'
}

var secretNames = {
  signInClientSecret: 'sign-in-client-secret'
  sendGridApiKey: 'sendgrid-api-key'
  sendGridEventWebhookPublicKey: 'sendgrid-event-webhook-public-key'
  inboundSecret: 'inbound-webhook-secret'
  unsubscribeKey: 'statements-unsubscribe-key'
  suppressionKey: 'contacts-suppression-key'
}
var keyVaultSecretNames = [
  secretNames.signInClientSecret
  secretNames.sendGridApiKey
  secretNames.sendGridEventWebhookPublicKey
  secretNames.inboundSecret
  secretNames.unsubscribeKey
  secretNames.suppressionKey
]
// SendGrid's two keys are needed only once mail leaves: a first deployment runs in outbox mode without them.
var sendGridSecretNames = [secretNames.sendGridApiKey, secretNames.sendGridEventWebhookPublicKey]

// Easy Auth reads the client secret from this setting.
var signInSecretSetting = 'SIGN_IN_PROVIDER_AUTHENTICATION_SECRET'

// The routes of the app's [PublicEndpoint] HTTP functions not marked BehindSignIn: each guards itself (a
// shared secret, a signature, an HMAC token) or shows nothing private. Easy Auth matches them exactly
// (a trailing /* would stand for a route parameter); an infra test holds this list to the function classes.
var publicPaths = [
  '/api/health'
  '/api/inbound/sendgrid'
  '/api/webhooks/sendgrid/events'
  '/api/unsubscribe'
]

// A versionless reference follows the secret's latest version (App Service refreshes it within a day, or at restart).
func keyVaultReference(vaultName string, secretName string) string =>
  '@Microsoft.KeyVault(SecretUri=https://${vaultName}${environment().suffixes.keyvaultDns}/secrets/${secretName})'

// Lists become Section__Key__0, Section__Key__1… as the configuration binder reads them.
func indexed(prefix string, values string[]) object =>
  toObject(range(0, length(values)), i => '${prefix}__${i}', i => values[i])

var teamSettings = reduce(range(0, length(teamMembers)), {}, (settings, i) => union(
  settings,
  {
    'Team__Members__${i}__Email': teamMembers[i].email
    'Team__Members__${i}__DisplayName': teamMembers[i].displayName
    'Team__Members__${i}__Language': teamMembers[i].?language ?? 'fr'
  },
  indexed('Team__Members__${i}__Roles', teamMembers[i].roles),
  indexed('Team__Members__${i}__Cities', teamMembers[i].?cities ?? [])
))

var secretSettings = {
  '${signInSecretSetting}': keyVaultReference(names.keyVault, secretNames.signInClientSecret)
  Inbound__Secret: keyVaultReference(names.keyVault, secretNames.inboundSecret)
  Statements__UnsubscribeKey: keyVaultReference(names.keyVault, secretNames.unsubscribeKey)
  Contacts__SuppressionKey: keyVaultReference(names.keyVault, secretNames.suppressionKey)
}

// Without an API key the app keeps every mail in its outbox.
var sendGridSettings = deliverMail ? {
  SendGrid__ApiKey: keyVaultReference(names.keyVault, secretNames.sendGridApiKey)
  SendGrid__EventWebhookPublicKey: keyVaultReference(names.keyVault, secretNames.sendGridEventWebhookPublicKey)
} : {}

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: names.resourceGroup
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    location: location
    tags: tags
    name: names.identity
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    location: location
    tags: tags
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    retentionInDays: logRetentionDays
    dailyCapGb: logDailyCapGb
    alertEmails: filter(map(split(alertEmails, ','), email => trim(email)), email => !empty(email))
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  scope: rg
  params: {
    location: location
    tags: tags
    name: names.keyVault
    secretNames: keyVaultSecretNames
    requiredSecretNames: filter(keyVaultSecretNames, name => deliverMail || !contains(sendGridSecretNames, name))
    secretValues: {
      '${secretNames.signInClientSecret}': signInClientSecret
      '${secretNames.sendGridApiKey}': sendGridApiKey
      '${secretNames.sendGridEventWebhookPublicKey}': sendGridEventWebhookPublicKey
      '${secretNames.inboundSecret}': inboundSecret
      '${secretNames.unsubscribeKey}': unsubscribeKey
      '${secretNames.suppressionKey}': suppressionKey
    }
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    location: location
    tags: tags
    name: names.storage
    sku: storageSku
    recoveryDays: recoveryDays
    deploymentContainerName: names.deploymentContainer
  }
}

module access 'modules/access.bicep' = {
  name: 'access'
  scope: rg
  params: {
    principalId: identity.outputs.principalId
    storageAccountName: storage.outputs.name
    keyVaultName: keyVault.outputs.name
    appInsightsName: monitoring.outputs.name
    deployerPrincipalId: deployerDataAccess ? principalId : ''
  }
}

// Created once its identity holds its roles, so that the Key Vault references and the storage resolve at the first start.
module functionApp 'modules/functionApp.bicep' = {
  name: 'functionApp'
  scope: rg
  dependsOn: [
    access
  ]
  params: {
    location: location
    tags: tags
    name: appName
    planName: names.plan
    identityId: identity.outputs.id
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    publicBaseUrl: publicBaseUrl
    appSettings: union(
      {
        // Identity-based storage, read by the Functions host and by the app's own clients (StorageOptions).
        AzureWebJobsStorage__credential: 'managedidentity'
        AzureWebJobsStorage__clientId: identity.outputs.clientId
        AzureWebJobsStorage__blobServiceUri: storage.outputs.blobEndpoint
        AzureWebJobsStorage__queueServiceUri: storage.outputs.queueEndpoint
        AzureWebJobsStorage__tableServiceUri: storage.outputs.tableEndpoint
        APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
        APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD;ClientId=${identity.outputs.clientId}'
        Mail__PressAddress: pressAddress
        Mail__PressName: pressName
        Mail__MessageIdDomain: messageIdDomain
        Mail__PrivacyNoticeUrl: privacyNoticeUrl
      },
      indexed('Mail__OwnAddresses', ownAddresses),
      teamSettings,
      secretSettings,
      sendGridSettings
    )
  }
}

module easyAuth 'modules/easyAuth.bicep' = {
  name: 'easyAuth'
  scope: rg
  params: {
    siteName: functionApp.outputs.name
    signIn: signIn
    excludedPaths: publicPaths
    clientAuthenticationSetting: signInSecretSetting
  }
}

var hostName = functionApp.outputs.defaultHostName

// azd reads these into the environment (azd env get-values); the README refers to them by these names.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output SERVICE_API_NAME string = functionApp.outputs.name
output SERVICE_API_URI string = 'https://${hostName}'
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name

@description('Register in SendGrid Inbound Parse with ?key=<the inbound secret> appended.')
output INBOUND_PARSE_URL string = 'https://${hostName}/api/inbound/sendgrid'

@description('Register in SendGrid\'s Event Webhook, with signature verification on.')
output EVENT_WEBHOOK_URL string = 'https://${hostName}/api/webhooks/sendgrid/events'

@description('Redirect URI to add to the sign-in provider\'s app registration.')
output SIGN_IN_REDIRECT_URI string = 'https://${hostName}/.auth/login/${signIn.kind == 'entra' ? 'aad' : signIn.?name}/callback'
