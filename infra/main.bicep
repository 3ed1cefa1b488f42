// PauseIA.Media in Azure: a function app on Flex Consumption behind Easy Auth, its storage
// account, a Key Vault for every secret, and Application Insights. Deployed into an existing
// resource group: see README.md beside this file.

import { teamMember, signInProvider } from 'modules/types.bicep'

@description('Azure region of every resource; one where Flex Consumption is offered (az functionapp list-flexconsumption-locations).')
param location string = resourceGroup().location

@description('Name of the function app, which is also its host name: <appName>.azurewebsites.net. At most 40 characters, so that the names built from it (plan-…, log-…) stay within Azure\'s limits.')
@minLength(2)
@maxLength(40)
param appName string = 'pauseia-media-${uniqueString(resourceGroup().id)}'

param tags object = {
  application: 'PauseIA.Media'
}

// ---- The press team and its mail -------------------------------------------------------

@description('The press team. At least one Spokesperson and one CommsDirector: the app refuses to start without them.')
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

@description('false keeps every outgoing mail in the outbox instead of sending it (for a staging copy): SendGrid:ApiKey is then not set at all.')
param deliverMail bool = true

// ---- Sign-in -----------------------------------------------------------------------------

@description('Who signs the team in: Microsoft Entra ID or any OpenID Connect provider.')
param signIn signInProvider

// ---- Secrets -----------------------------------------------------------------------------
// Each one is written to Key Vault when given and left as it is when empty, so the first
// deployment carries them all and later ones need none (README.md, "Choices, and why").

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

// ---- Sizing and retention -------------------------------------------------------------------

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

@description('Addresses mailed when the app answers a 5xx, throws, or moves a message to a poison queue. Empty: no alert.')
param alertEmails string[] = []

@description('End of validity of the token store\'s SAS. Every deployment issues a new one: redeploy within two years.')
param tokenStoreSasExpiry string = dateTimeAdd(utcNow('u'), 'P2Y')

var suffix = uniqueString(resourceGroup().id)
var names = {
  plan: 'plan-${appName}'
  storage: 'stpauseia${suffix}'
  keyVault: 'kv-pauseia-${take(suffix, 11)}'
  workspace: 'log-${appName}'
  appInsights: 'appi-${appName}'
  deploymentContainer: 'app-package'
  tokenStoreContainer: 'easyauth-tokens'
}

var secretNames = {
  storageConnectionString: 'storage-connection-string'
  tokenStoreSasUrl: 'easyauth-token-store-sas-url'
  signInClientSecret: 'sign-in-client-secret'
  sendGridApiKey: 'sendgrid-api-key'
  sendGridEventWebhookPublicKey: 'sendgrid-event-webhook-public-key'
  inboundSecret: 'inbound-webhook-secret'
  unsubscribeKey: 'statements-unsubscribe-key'
  suppressionKey: 'contacts-suppression-key'
}

// The secrets that parameters carry; the other two are derived from the storage account.
var keyVaultSecretNames = [
  secretNames.signInClientSecret
  secretNames.sendGridApiKey
  secretNames.sendGridEventWebhookPublicKey
  secretNames.inboundSecret
  secretNames.unsubscribeKey
  secretNames.suppressionKey
]

// Easy Auth reads these two settings by name.
var signInSecretSetting = 'SIGN_IN_PROVIDER_AUTHENTICATION_SECRET'
var tokenStoreSetting = 'EASYAUTH_TOKEN_STORE_SAS_URL'

// The app's public endpoints (each guards itself). The unsubscribe link may carry its token in
// the path, hence the wildcard; Easy Auth matches the other paths exactly.
var publicPaths = [
  '/api/health'
  '/api/inbound/sendgrid'
  '/api/webhooks/sendgrid/events'
  '/api/unsubscribe'
  '/api/unsubscribe/*'
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
  AzureWebJobsStorage: keyVaultReference(names.keyVault, secretNames.storageConnectionString)
  '${signInSecretSetting}': keyVaultReference(names.keyVault, secretNames.signInClientSecret)
  '${tokenStoreSetting}': keyVaultReference(names.keyVault, secretNames.tokenStoreSasUrl)
  SendGrid__EventWebhookPublicKey: keyVaultReference(names.keyVault, secretNames.sendGridEventWebhookPublicKey)
  Inbound__Secret: keyVaultReference(names.keyVault, secretNames.inboundSecret)
  Statements__UnsubscribeKey: keyVaultReference(names.keyVault, secretNames.unsubscribeKey)
  Contacts__SuppressionKey: keyVaultReference(names.keyVault, secretNames.suppressionKey)
}

// Without an API key the app keeps every mail in its outbox.
var sendGridSettings = deliverMail ? {
  SendGrid__ApiKey: keyVaultReference(names.keyVault, secretNames.sendGridApiKey)
} : {}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    tags: tags
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    retentionInDays: logRetentionDays
    dailyCapGb: logDailyCapGb
    alertEmails: alertEmails
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    location: location
    tags: tags
    name: names.keyVault
    secretNames: keyVaultSecretNames
    // Mail stays in the outbox without SendGrid's key, so it is the one secret that may be missing.
    requiredSecretNames: filter(keyVaultSecretNames, name => deliverMail || name != secretNames.sendGridApiKey)
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
  params: {
    location: location
    tags: tags
    name: names.storage
    sku: storageSku
    recoveryDays: recoveryDays
    deploymentContainerName: names.deploymentContainer
    tokenStoreContainerName: names.tokenStoreContainer
    keyVaultName: keyVault.outputs.name
    connectionStringSecretName: secretNames.storageConnectionString
    tokenStoreSasUrlSecretName: secretNames.tokenStoreSasUrl
    tokenStoreSasExpiry: tokenStoreSasExpiry
  }
}

module functionApp 'modules/functionApp.bicep' = {
  name: 'functionApp'
  params: {
    location: location
    tags: tags
    name: appName
    planName: names.plan
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
}

module access 'modules/access.bicep' = {
  name: 'access'
  params: {
    principalId: functionApp.outputs.principalId
    storageAccountName: storage.outputs.name
    keyVaultName: keyVault.outputs.name
  }
}

module easyAuth 'modules/easyAuth.bicep' = {
  name: 'easyAuth'
  params: {
    siteName: functionApp.outputs.name
    signIn: signIn
    excludedPaths: publicPaths
    clientAuthenticationSetting: signInSecretSetting
    tokenStoreSetting: tokenStoreSetting
  }
}

var hostName = functionApp.outputs.defaultHostName

resource site 'Microsoft.Web/sites@2024-11-01' existing = {
  name: appName
}

// Every setting the app reads, in one place; the set is replaced whole on each deployment.
// Written after the role assignments, so that the Key Vault references can resolve.
resource appSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: site
  name: 'appsettings'
  dependsOn: [
    access
  ]
  properties: union(
    {
      APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
      Mail__PressAddress: pressAddress
      Mail__PressName: pressName
      Mail__MessageIdDomain: messageIdDomain
      Mail__PublicBaseUrl: empty(publicBaseUrl) ? 'https://${hostName}' : publicBaseUrl
      Mail__PrivacyNoticeUrl: privacyNoticeUrl
    },
    indexed('Mail__OwnAddresses', ownAddresses),
    teamSettings,
    secretSettings,
    sendGridSettings
  )
}

output functionAppName string = functionApp.outputs.name
output hostName string = hostName
output keyVaultName string = keyVault.outputs.name
output storageAccountName string = storage.outputs.name

@description('Register in SendGrid Inbound Parse with ?key=<the inbound secret> appended.')
output inboundParseUrl string = 'https://${hostName}/api/inbound/sendgrid'

@description('Register in SendGrid\'s Event Webhook, with signature verification on.')
output eventWebhookUrl string = 'https://${hostName}/api/webhooks/sendgrid/events'

@description('Redirect URI to add to the sign-in provider\'s app registration.')
output signInRedirectUri string = 'https://${hostName}/.auth/login/${signIn.kind == 'entra' ? 'aad' : signIn.?name}/callback'
