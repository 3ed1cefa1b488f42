// Application Insights on a Log Analytics workspace: the Functions host and the worker send
// their logs, requests and exceptions here.

param location string
param tags object
param workspaceName string
param appInsightsName string

@description('Days of logs kept. Logs carry journalists\' addresses, so no longer than needed to investigate an incident.')
@minValue(30)
@maxValue(730)
param retentionInDays int

@description('Daily ingestion cap in GB, so that a runaway loop cannot run up the association\'s bill. -1 means no cap.')
param dailyCapGb int

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: retentionInDays
    workspaceCapping: { dailyQuotaGb: dailyCapGb }
    features: { enableLogAccessUsingOnlyResourcePermissions: true }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
    RetentionInDays: retentionInDays
  }
}

@description('Who is mailed when the app fails. Empty: no alert.')
param alertEmails string[]

// A 5xx is always a bug, and a message moved to a poison queue is an inbound email or a send
// that needs a human: both are worth a mail to the admins within the quarter hour.
var failureQuery = '''
union
  (requests | where toint(resultCode) >= 500 | project timestamp, what = strcat('HTTP ', resultCode, ' ', name)),
  (exceptions | project timestamp, what = strcat(type, ' in ', operation_Name)),
  (traces | where message has 'poison' | project timestamp, what = message)
'''

resource admins 'Microsoft.Insights/actionGroups@2023-01-01' = if (!empty(alertEmails)) {
  name: 'ag-${appInsightsName}'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'PauseIA'
    enabled: true
    emailReceivers: [for (email, i) in alertEmails: {
      name: 'admin-${i}'
      emailAddress: email
      useCommonAlertSchema: true
    }]
  }
}

resource failures 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = if (!empty(alertEmails)) {
  name: 'alert-${appInsightsName}-failures'
  location: location
  tags: tags
  properties: {
    displayName: 'PauseIA.Media: erreur serveur ou message en file poison / server error or poison message'
    severity: 1
    enabled: true
    scopes: [appInsights.id]
    evaluationFrequency: 'PT15M'
    windowSize: 'PT15M'
    criteria: {
      allOf: [
        {
          query: failureQuery
          timeAggregation: 'Count'
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 }
        }
      ]
    }
    autoMitigate: false
    actions: { actionGroups: [admins.id] }
  }
}

output connectionString string = appInsights.properties.ConnectionString
