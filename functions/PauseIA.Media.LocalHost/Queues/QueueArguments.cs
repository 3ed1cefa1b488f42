using System.Reflection;
using Azure.Core.Serialization;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.LocalHost.Functions;
using PauseIA.Media.Storage;

namespace PauseIA.Media.LocalHost.Queues;

/// <summary>
/// Binds a queue function's parameters as the worker does: the message as string, BinaryData,
/// byte[], QueueMessage or a JSON POCO (with the worker's serializer), and the trigger metadata
/// (<c>dequeueCount</c>, <c>id</c>, <c>insertionTime</c>…) by parameter name.
/// </summary>
internal static class QueueArguments
{
    private static readonly string[] MetadataNames = ["QueueTrigger", "DequeueCount", "ExpirationTime", "Id", "InsertionTime", "NextVisibleTime", "PopReceipt"];

    public static IReadOnlyDictionary<string, object?> BindingData(QueueMessage message) =>
        new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
        {
            ["QueueTrigger"] = message.Body.ToString(),
            ["DequeueCount"] = message.DequeueCount,
            ["ExpirationTime"] = message.ExpiresOn,
            ["Id"] = message.MessageId,
            ["InsertionTime"] = message.InsertedOn,
            ["NextVisibleTime"] = message.NextVisibleOn,
            ["PopReceipt"] = message.PopReceipt,
        };

    /// <summary>Why LocalHost cannot bind this function, or null when it can.</summary>
    public static string? Check(LocalFunction function, QueueFunctionTrigger trigger)
    {
        if (!string.IsNullOrEmpty(trigger.Connection) && trigger.Connection != StorageOptions.ConnectionSetting)
        {
            return $"its connection '{trigger.Connection}' is not supported; the app keeps its queues in {StorageOptions.ConnectionSetting}.";
        }

        foreach (var parameter in function.Method.GetParameters().Where(p => !trigger.IsTriggerParameter(p)))
        {
            if (parameter.ParameterType != typeof(FunctionContext) && parameter.ParameterType != typeof(CancellationToken)
                && !(SimpleValue.IsSimple(parameter.ParameterType) && MetadataNames.Contains(parameter.Name!, StringComparer.OrdinalIgnoreCase)))
            {
                return $"parameter '{parameter.Name}' is neither queue metadata ({string.Join(", ", MetadataNames.Select(Camel))}) nor FunctionContext or CancellationToken.";
            }
        }

        return FunctionInvoker.ResultType(function.Method.ReturnType) is { } result
            ? $"it returns {result.Name}; return values are output bindings, which this app does not use (send through injected clients)."
            : null;
    }

    /// <exception cref="System.Text.Json.JsonException">The message is not the JSON of its POCO parameter.</exception>
    public static object?[] Bind(
        LocalFunction function, QueueFunctionTrigger trigger, QueueMessage message, ObjectSerializer serializer, FunctionContext context, CancellationToken cancellationToken)
    {
        var data = context.BindingContext.BindingData;
        return function.Method.GetParameters().Select(p => Bind(p, trigger, message, serializer, context, data, cancellationToken)).ToArray();
    }

    private static object? Bind(
        ParameterInfo parameter,
        QueueFunctionTrigger trigger,
        QueueMessage message,
        ObjectSerializer serializer,
        FunctionContext context,
        IReadOnlyDictionary<string, object?> data,
        CancellationToken cancellationToken)
    {
        if (trigger.IsTriggerParameter(parameter))
        {
            return Message(parameter.ParameterType, message, serializer, cancellationToken);
        }

        if (parameter.ParameterType == typeof(FunctionContext))
        {
            return context;
        }

        return parameter.ParameterType == typeof(CancellationToken)
            ? cancellationToken
            : SimpleValue.Convert(data[parameter.Name!], parameter.ParameterType);
    }

    private static object? Message(Type type, QueueMessage message, ObjectSerializer serializer, CancellationToken cancellationToken)
    {
        if (type == typeof(string))
        {
            return message.Body.ToString();
        }

        if (type == typeof(BinaryData))
        {
            return message.Body;
        }

        if (type == typeof(byte[]))
        {
            return message.Body.ToArray();
        }

        if (type == typeof(QueueMessage))
        {
            return message;
        }

        using var stream = message.Body.ToStream();
        return serializer.Deserialize(stream, type, cancellationToken);
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
