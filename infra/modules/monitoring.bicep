// Application Insights on a Log Analytics workspace: the Functions host and the worker send their
// requests, logs, exceptions and the service's own metrics (meter PauseIA.Media) here with OpenTelemetry,
// signed in with the app's identity: local (instrumentation key) authentication is off.

param location string
param tags object
param workspaceName string
param appInsightsName string

@description('Days of logs kept, no longer than needed to investigate an incident.')
@minValue(30)
@maxValue(730)
param retentionInDays int

@description('Daily ingestion cap in GB, so that a runaway loop cannot run up the association\'s bill. -1 means no cap.')
param dailyCapGb int

@description('Who is mailed when an alert fires.')
@minLength(1)
param alertEmails string[]

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
    // Only Microsoft Entra sign-in (the app's identity, Monitoring Metrics Publisher) may send telemetry.
    DisableLocalAuth: true
  }
}

// Each alert is a log query over the last quarter hour that returns rows when something needs a person.
// The metrics are the app's own (PressOfficeMetrics); customMetrics holds one row per metric and export.
var alerts = [
  {
    name: 'failures'
    displayName: 'Erreur serveur / server error'
    description: 'A 5xx or an exception: always a bug.'
    severity: 1
    autoMitigate: false
    query: '''
union
  (requests | where toint(resultCode) >= 500 | project timestamp, what = strcat('HTTP ', resultCode, ' ', name)),
  (exceptions | project timestamp, what = strcat(type, ' in ', operation_Name))
'''
  }
  {
    name: 'poison'
    displayName: 'Message en file poison / message in a poison queue'
    description: 'An inbound email or a send failed five times and waits for an Admin (console, poison queues). Resolves itself once the queue is empty.'
    severity: 1
    autoMitigate: true
    query: '''
customMetrics
| where name == 'pauseia.queue.poison.messages'
| summarize waiting = max(valueMax) by queue = tostring(customDimensions['queue'])
| where waiting > 0
'''
  }
  {
    name: 'mail-refused'
    displayName: 'SendGrid refuse des mails / SendGrid refuses mail'
    description: 'SendGrid answered 4xx or 5xx: a revoked key, a sender not authenticated, throttling.'
    severity: 2
    autoMitigate: false
    query: '''
customMetrics
| where name == 'pauseia.mail.refused'
| summarize refused = sum(valueSum) by kind = tostring(customDimensions['kind']), status = tostring(customDimensions['status'])
| where refused > 0
'''
  }
  {
    name: 'batch-decision'
    displayName: 'Lot de communiqué à décider / statement batch needs a decision'
    description: 'A statement batch failed or its outcome is unknown: the spokesperson decides whether to resend.'
    severity: 1
    autoMitigate: false
    query: '''
customMetrics
| where name == 'pauseia.statement.batches'
| extend outcome = tostring(customDimensions['outcome'])
| where outcome in ('failed', 'unknown')
| summarize batches = sum(valueSum) by outcome
'''
  }
  {
    name: 'slow-acknowledgements'
    displayName: 'Accusés de réception lents / slow acknowledgements'
    description: 'An acknowledgement left more than five minutes after its email arrived (it should take seconds).'
    severity: 2
    autoMitigate: false
    query: '''
customMetrics
| where name == 'pauseia.inquiry.acknowledgement.delay'
| summarize slowest = max(valueMax)
| where slowest > 300
'''
  }
]

resource admins 'Microsoft.Insights/actionGroups@2023-01-01' = {
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

resource rules 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = [for alert in alerts: {
  name: 'alert-${appInsightsName}-${alert.name}'
  location: location
  tags: tags
  properties: {
    displayName: 'PauseIA.Media : ${alert.displayName}'
    description: alert.description
    severity: alert.severity
    enabled: true
    scopes: [appInsights.id]
    evaluationFrequency: 'PT15M'
    windowSize: 'PT15M'
    criteria: {
      allOf: [
        {
          query: alert.query
          timeAggregation: 'Count'
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 }
        }
      ]
    }
    autoMitigate: alert.autoMitigate
    actions: { actionGroups: [admins.id] }
  }
}]

output name string = appInsights.name
output connectionString string = appInsights.properties.ConnectionString
