// Example parameters: replace every <…> before deploying. Secrets are read from environment
// variables so they never land in this file; unset ones are left in Key Vault as they are.
using 'main.bicep'

param appName = 'pauseia-media'

param pressAddress = 'presse@pauseia.fr'
param pressName = 'Pause IA – Presse'
param messageIdDomain = 'media.pauseia.fr'
param privacyNoticeUrl = 'https://pauseia.fr/confidentialite'
param ownAddresses = []

param teamMembers = [
  {
    email: '<spokesperson>@pauseia.fr'
    displayName: '<Porte-parole>'
    roles: ['Spokesperson', 'Admin']
  }
  {
    email: '<director>@pauseai.info'
    displayName: '<Global Communications Director>'
    roles: ['CommsDirector']
    language: 'en'
  }
  {
    email: '<lyon-lead>@pauseia.fr'
    displayName: '<Responsable Lyon>'
    roles: ['LocalLead']
    cities: ['Lyon']
  }
]

param signIn = {
  kind: 'entra'
  clientId: '<application (client) id of the app registration>'
}

param signInClientSecret = readEnvironmentVariable('PAUSEIA_SIGN_IN_CLIENT_SECRET', '')
param sendGridApiKey = readEnvironmentVariable('PAUSEIA_SENDGRID_API_KEY', '')
param sendGridEventWebhookPublicKey = readEnvironmentVariable('PAUSEIA_SENDGRID_EVENT_WEBHOOK_PUBLIC_KEY', '')
param inboundSecret = readEnvironmentVariable('PAUSEIA_INBOUND_SECRET', '')
param unsubscribeKey = readEnvironmentVariable('PAUSEIA_UNSUBSCRIBE_KEY', '')
param suppressionKey = readEnvironmentVariable('PAUSEIA_SUPPRESSION_KEY', '')
