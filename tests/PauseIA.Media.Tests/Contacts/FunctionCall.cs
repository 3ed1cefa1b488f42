using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Common;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Identity;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Contacts;

/// <summary>
/// Calls a function class as a host would, without one: a <see cref="DefaultHttpContext"/> with Easy
/// Auth's header for the member, the role check of <see cref="HttpFunctionGate"/>, the method, and
/// refusals mapped to their 4xx. Bodies are serialized as the app does (<see cref="JsonDefaults"/>).
/// </summary>
internal static class FunctionCall
{
    public static async Task<FunctionResponse> InvokeAsync<TFunction>(
        this TestServices services,
        string methodName,
        Func<TFunction, HttpRequest, Task<IActionResult>> call,
        string? member,
        string method = "GET",
        object? body = null,
        string contentType = "application/json",
        string? query = null,
        IReadOnlyDictionary<string, string>? headers = null)
        where TFunction : class
    {
        var context = new DefaultHttpContext { RequestServices = services.Provider };
        context.Request.Method = method;
        context.Request.QueryString = query is null ? QueryString.Empty : new QueryString(query);
        context.Request.ContentType = contentType;
        var bytes = body switch
        {
            null => [],
            byte[] raw => raw,
            string text => Encoding.UTF8.GetBytes(text),
            _ => JsonSerializer.SerializeToUtf8Bytes(body, JsonDefaults.Options),
        };
        context.Request.Body = new MemoryStream(bytes);
        context.Request.ContentLength = bytes.Length;
        if (member is not null)
        {
            context.Request.Headers[ClientPrincipalHeader.Name] = ClientPrincipalHeader.Write("aad", member, member);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            context.Request.Headers[name] = value;
        }

        var function = ActivatorUtilities.CreateInstance<TFunction>(services.Provider);
        var result = services.Get<HttpFunctionGate>().Authorize(context, typeof(TFunction).GetMethod(methodName)!);
        if (result is null)
        {
            try
            {
                result = await call(function, context.Request);
            }
            catch (Exception ex) when (HttpFunctionGate.MapException(ex) is { } refusal)
            {
                result = refusal;
            }
        }

        return result switch
        {
            ObjectResult o => new FunctionResponse(o.StatusCode ?? 200, o.Value, context.Response.Headers),
            FileContentResult f => new FunctionResponse(200, f, context.Response.Headers),
            IStatusCodeActionResult s => new FunctionResponse(s.StatusCode ?? 200, null, context.Response.Headers),
            _ => throw new InvalidOperationException($"Unexpected result {result.GetType()}"),
        };
    }
}
