using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Common;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Testing;

/// <summary>
/// Calls an HTTP function of the app as both hosts do, without either: Easy Auth's header for the
/// member, the role check of <see cref="HttpFunctionGate"/>, the method, refusals mapped to their 4xx,
/// and the result written into the response as ASP.NET Core writes it. The one way tests call a function.
/// </summary>
public static class FunctionCalls
{
    // What writes a result into the response, as the hosts have it (the domain's provider is validated
    // on build, which the whole of MVC cannot be outside a web host).
    private static readonly Lazy<ServiceProvider> ResultWriters = new(() =>
    {
        var services = new ServiceCollection().AddLogging();
        services.AddMvcCore().AddJsonOptions(o => JsonDefaults.Apply(o.JsonSerializerOptions));
        return services.BuildServiceProvider();
    });

    /// <summary>
    /// Calls the function that <paramref name="call"/> invokes, as <paramref name="member"/> (an email; null: nobody signed in).
    /// A <paramref name="body"/> that is a string or bytes is sent as it is, anything else as the app's JSON.
    /// </summary>
    public static async Task<FunctionResponse> CallAsync<TFunction>(
        this TestServices services,
        string? member,
        Expression<Func<TFunction, HttpRequest, Task<IActionResult>>> call,
        object? body = null,
        string? query = null,
        string? method = null,
        string contentType = "application/json",
        IReadOnlyDictionary<string, string>? headers = null,
        Action<HttpRequest>? configure = null)
        where TFunction : class
    {
        await using var scope = services.Provider.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Response.Body = new MemoryStream();
        var request = context.Request;
        request.Method = method ?? (body is null ? "GET" : "POST");
        request.QueryString = string.IsNullOrEmpty(query) ? QueryString.Empty : new QueryString(query.StartsWith('?') ? query : "?" + query);
        var bytes = body switch
        {
            null => [],
            byte[] raw => raw,
            string text => Encoding.UTF8.GetBytes(text),
            _ => JsonSerializer.SerializeToUtf8Bytes(body, JsonDefaults.Options),
        };
        request.Body = new MemoryStream(bytes);
        request.ContentLength = bytes.Length;
        request.ContentType = body is null ? null : contentType;
        if (member is not null)
        {
            request.Headers[ClientPrincipalHeader.Name] = ClientPrincipalHeader.Write("aad", member, member);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers[name] = value;
        }

        configure?.Invoke(request);
        HttpFunctionGate.ApplySecurityHeaders(context.Response);
        var result = new HttpFunctionGate(scope.ServiceProvider.GetRequiredService<AccessPolicy>()).Authorize(context, FunctionOf(call));
        if (result is null)
        {
            try
            {
                result = await call.Compile()(ActivatorUtilities.CreateInstance<TFunction>(scope.ServiceProvider), request);
            }
            catch (Exception ex) when (HttpFunctionGate.MapException(ex) is { } refusal)
            {
                // As the hosts do: whatever the function had set belongs to the answer it did not give.
                context.Response.Clear();
                HttpFunctionGate.ApplySecurityHeaders(context.Response);
                result = refusal;
            }
        }

        context.RequestServices = ResultWriters.Value;
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        return new FunctionResponse(result, context.Response.StatusCode, context.Response.Headers, ((MemoryStream)context.Response.Body).ToArray());
    }

    /// <summary>The <c>[Function]</c> method the call invokes (a synchronous one is wrapped in <c>Task.FromResult</c>), for the gate.</summary>
    private static MethodInfo FunctionOf(LambdaExpression call)
    {
        var finder = new FunctionFinder();
        finder.Visit(call.Body);
        return finder.Found ?? throw new ArgumentException($"{call} calls no [Function] method.", nameof(call));
    }

    private sealed class FunctionFinder : ExpressionVisitor
    {
        public MethodInfo? Found { get; private set; }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.GetCustomAttribute<FunctionAttribute>() is not null)
            {
                Found ??= node.Method;
            }

            return base.VisitMethodCall(node);
        }
    }
}
