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

output appInsightsId string = appInsights.id
output connectionString string = appInsights.properties.ConnectionString
