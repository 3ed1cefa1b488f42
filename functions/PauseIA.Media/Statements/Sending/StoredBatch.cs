using Azure;

namespace PauseIA.Media.Statements.Sending;

public sealed record StoredBatch(SendBatch Batch, ETag ETag);
