// Parameter types shared by main.bicep and its modules.

@export()
@description('One member of the press team. The app matches the signed-in email against these and grants the roles.')
type teamMember = {
  @description('The address the member signs in with (Easy Auth passes it to the app).')
  email: string
  displayName: string
  @minLength(1)
  roles: ('Spokesperson' | 'CommsDirector' | 'LocalLead' | 'PressOfficer' | 'Admin')[]
  @description('For a local lead: the cities whose inquiries are theirs.')
  cities: string[]?
  @description('The language of the notifications they receive (fr by default).')
  language: ('fr' | 'en')?
}

@export()
@description('Sign-in with Microsoft Entra ID: an app registration in the association\'s tenant.')
type entraSignIn = {
  kind: 'entra'
  @description('Application (client) id of the app registration.')
  @minLength(1)
  clientId: string
  @description('The tenant whose accounts may sign in; the deployment\'s tenant when omitted.')
  tenantId: string?
}

@export()
@description('Sign-in with any OpenID Connect provider (Google Workspace, Keycloak…).')
type openIdConnectSignIn = {
  kind: 'openIdConnect'
  @description('The provider\'s name in Easy Auth, in /.auth/login/<name>.')
  name: string
  @minLength(1)
  clientId: string
  @description('The provider\'s /.well-known/openid-configuration URL.')
  wellKnownConfigurationUrl: string
}

@export()
@discriminator('kind')
type signInProvider = entraSignIn | openIdConnectSignIn
