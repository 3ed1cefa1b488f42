using Microsoft.Azure.Functions.Worker;

namespace PauseIA.Media.LocalHost.Functions;

/// <summary>
/// The worker's <see cref="FunctionContext"/> as far as a function can use it here: its name and
/// definition, binding data, services, items (with the <c>HttpContext</c> where the worker's
/// <c>GetHttpContext()</c> looks for it) and cancellation.
/// </summary>
internal sealed class LocalFunctionContext : FunctionContext
{
    // The key under which the worker's ASP.NET Core integration keeps the HttpContext.
    private const string HttpContextItem = "HttpRequestContext";

    private LocalFunctionContext(LocalFunction function, IServiceProvider services, IReadOnlyDictionary<string, object?> bindingData, CancellationToken cancellationToken)
    {
        FunctionDefinition = new LocalFunctionDefinition(function);
        InstanceServices = services;
        BindingContext = new LocalBindingContext(bindingData);
        CancellationToken = cancellationToken;
    }

    public override string InvocationId { get; } = Guid.NewGuid().ToString();

    public override string FunctionId => FunctionDefinition.Id;

    public override TraceContext TraceContext { get; } = new LocalTraceContext(System.Diagnostics.Activity.Current);

    public override BindingContext BindingContext { get; }

    // No retry policy runs here, as in the worker when none is configured.
    public override RetryContext RetryContext => null!;

    public override IServiceProvider InstanceServices { get; set; }

    public override FunctionDefinition FunctionDefinition { get; }

    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

    public override IInvocationFeatures Features { get; } = new LocalInvocationFeatures();

    public override CancellationToken CancellationToken { get; }

    public static LocalFunctionContext ForHttp(LocalFunction function, Microsoft.AspNetCore.Http.HttpContext http)
    {
        var data = http.Request.RouteValues.ToDictionary(v => v.Key, v => v.Value, StringComparer.OrdinalIgnoreCase);
        var context = new LocalFunctionContext(function, http.RequestServices, data, http.RequestAborted);
        context.Items[HttpContextItem] = http;
        return context;
    }

    public static LocalFunctionContext ForTrigger(
        LocalFunction function, IServiceProvider services, IReadOnlyDictionary<string, object?> bindingData, CancellationToken cancellationToken) =>
        new(function, services, bindingData, cancellationToken);
}
