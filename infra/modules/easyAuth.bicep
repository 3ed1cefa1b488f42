// App Service Authentication (Easy Auth): every request must carry a signed-in session, except
// the endpoints that machines and journalists call, which guard themselves. Easy Auth sets
// X-MS-CLIENT-PRINCIPAL (and strips any forged one) and the app maps it to a team member.

import { signInProvider } from 'types.bicep'

param siteName string
param signIn signInProvider

@description('Paths reachable without signing in. Each is guarded by the app itself (a shared secret, a signature, an HMAC token) or shows nothing private.')
param excludedPaths string[]

@description('The app setting holding the provider\'s client secret (a Key Vault reference).')
param clientAuthenticationSetting string

var entraProvider = signIn.kind == 'entra' ? {
  azureActiveDirectory: {
    enabled: true
    registration: {
      openIdIssuer: '${environment().authentication.loginEndpoint}${signIn.?tenantId ?? tenant().tenantId}/v2.0'
      clientId: signIn.clientId
      clientSecretSettingName: clientAuthenticationSetting
    }
    validation: {
      allowedAudiences: ['api://${signIn.clientId}']
    }
    login: {
      // The app needs an email claim to find the team member.
      loginParameters: ['scope=openid profile email']
    }
  }
} : {}

var openIdConnectProvider = signIn.kind == 'openIdConnect' ? {
  customOpenIdConnectProviders: {
    '${signIn.?name}': {
      enabled: true
      registration: {
        clientId: signIn.clientId
        clientCredential: {
          method: 'ClientSecretPost'
          clientSecretSettingName: clientAuthenticationSetting
        }
        openIdConnectConfiguration: {
          wellKnownOpenIdConfiguration: signIn.?wellKnownConfigurationUrl
        }
      }
      login: {
        nameClaimType: 'email'
        scopes: ['openid', 'profile', 'email']
      }
    }
  }
} : {}

resource site 'Microsoft.Web/sites@2024-11-01' existing = {
  name: siteName
}

resource authSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
      runtimeVersion: '~1'
    }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'RedirectToLoginPage'
      redirectToProvider: signIn.kind == 'entra' ? 'azureactivedirectory' : signIn.?name
      excludedPaths: excludedPaths
    }
    httpSettings: {
      requireHttps: true
      routes: { apiPrefix: '/.auth' }
      forwardProxy: { convention: 'NoProxy' }
    }
    identityProviders: union(entraProvider, openIdConnectProvider)
    login: {
      // Off: the app needs only the principal header, never the provider's tokens, and a blob token store
      // would need a SAS, that is, a shared key. The session cookie carries the sign-in.
      tokenStore: { enabled: false }
      // The console routes in the fragment (#/inquiries/PIA-…): a sign-in must land back there.
      preserveUrlFragmentsForLogins: true
      allowedExternalRedirectUrls: []
      cookieExpiration: {
        convention: 'FixedTime'
        timeToExpiration: '08:00:00'
      }
      nonce: {
        validateNonce: true
        nonceExpirationInterval: '00:05:00'
      }
    }
  }
}
