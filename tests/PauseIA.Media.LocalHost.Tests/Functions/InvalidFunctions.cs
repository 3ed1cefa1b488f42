using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace PauseIA.Media.LocalHost.Tests.Functions;

/// <summary>
/// Functions LocalHost must refuse to run. Internal, so that the sample hosts (which index public
/// types, as the Worker SDK does) never see them; the catalog tests pass them by type.
/// </summary>
internal static class InvalidFunctions
{
    internal sealed class BadRoute
    {
        [Function("BadRoute")]
        public static IActionResult Run([HttpTrigger("get", Route = "samples/{unclosed")] HttpRequest request) => new OkResult();
    }

    internal sealed class UnboundParameter
    {
        [Function("UnboundParameter")]
        public static IActionResult Run([HttpTrigger("get", Route = "samples/{id}")] HttpRequest request, string name) => new OkResult();
    }

    internal sealed class StringResult
    {
        [Function("StringResult")]
        public static string Run([HttpTrigger("get", Route = "samples/text")] HttpRequest request) => "text";
    }

    internal sealed class RequestData
    {
        [Function("RequestData")]
        public static IActionResult Run([HttpTrigger("get", Route = "samples/data")] Microsoft.Azure.Functions.Worker.Http.HttpRequestData request) => new OkResult();
    }

    internal sealed class QueueReturnsValue
    {
        [Function("QueueReturnsValue")]
        public static string Run([QueueTrigger("samples-out")] string message) => message;
    }

    internal sealed class QueueUnknownParameter
    {
        [Function("QueueUnknownParameter")]
        public static void Run([QueueTrigger("samples-unknown")] string message, string customer)
        {
        }
    }

    internal sealed class OtherConnection
    {
        [Function("OtherConnection")]
        public static void Run([QueueTrigger("samples-elsewhere", Connection = "OtherStorage")] string message)
        {
        }
    }

    internal sealed class TimerWithoutTimerInfo
    {
        [Function("TimerWithoutTimerInfo")]
        public static void Run([TimerTrigger("0 */5 * * * *")] string timer)
        {
        }
    }

    internal sealed class NoTrigger
    {
        [Function("NoTrigger")]
        public static void Run(string value)
        {
        }
    }

    internal sealed class TwoTriggers
    {
        [Function("TwoTriggers")]
        public static void Run([QueueTrigger("samples-a")] string a, [QueueTrigger("samples-b")] string b)
        {
        }
    }

    internal sealed class UnknownTrigger
    {
        [Function("UnknownTrigger")]
        public static void Run([SampleTrigger] string value)
        {
        }
    }

    internal sealed class OutputBinding
    {
        [Function("OutputBinding")]
        [QueueOutput("samples-output")]
        public static void Run([QueueTrigger("samples-input")] string message)
        {
        }
    }

    internal sealed class BadName
    {
        [Function("1-starts-with-a-digit")]
        public static void Run([QueueTrigger("samples-name")] string message)
        {
        }
    }

    internal sealed class DuplicateA
    {
        [Function("Duplicate")]
        public static void Run([QueueTrigger("samples-dup-a")] string message)
        {
        }
    }

    internal sealed class DuplicateB
    {
        [Function("duplicate")]
        public static void Run([QueueTrigger("samples-dup-b")] string message)
        {
        }
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    internal sealed class SampleTriggerAttribute : TriggerBindingAttribute;
}
