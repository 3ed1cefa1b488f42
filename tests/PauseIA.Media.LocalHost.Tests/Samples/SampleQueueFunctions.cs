using Microsoft.Azure.Functions.Worker;

namespace PauseIA.Media.LocalHost.Tests.Samples;

/// <summary>Queue functions binding each kind of message and the trigger metadata.</summary>
public sealed class SampleQueueFunctions(SampleRecorder recorder, ScopeMarker scope)
{
    [Function("SampleQueueText")]
    public void Text([QueueTrigger("samples-text")] string message, long dequeueCount, string id, DateTimeOffset insertionTime, FunctionContext context) =>
        recorder.Record("SampleQueueText", new QueueCall(message, dequeueCount, id, insertionTime, context.FunctionDefinition.Name, scope.Id));

    [Function("SampleQueueOrder")]
    public Task Order([QueueTrigger("samples-orders")] SampleOrder order, CancellationToken cancellationToken)
    {
        recorder.Record("SampleQueueOrder", order);
        return Task.Delay(1, cancellationToken);
    }

    [Function("SampleQueueBytes")]
    public void Bytes([QueueTrigger("samples-bytes")] byte[] message) => recorder.Record("SampleQueueBytes", message);

    [Function("SampleQueueFailing")]
    public void Failing([QueueTrigger("samples-failing")] string message, int dequeueCount)
    {
        recorder.Record("SampleQueueFailing", $"{message}#{dequeueCount}");
        throw new InvalidOperationException($"Sample failure {dequeueCount} for {message}.");
    }

    [Function("SampleQueueFromSetting")]
    public void FromSetting([QueueTrigger("%Samples:QueueName%")] BinaryData message) => recorder.Record("SampleQueueFromSetting", message.ToString());
}
