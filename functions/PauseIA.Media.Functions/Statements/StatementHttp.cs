using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PauseIA.Media.Common;
using PauseIA.Media.Statements;

namespace PauseIA.Media.Functions.Statements;

/// <summary>What the statement functions read from a request and add to a response, in one place.</summary>
public static class StatementHttp
{
    /// <summary>An optional integer query parameter; anything else is a 400.</summary>
    public static int? QueryInt(this HttpRequest request, string name) =>
        request.Query[name].FirstOrDefault() is not { Length: > 0 } value ? null
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number
        : throw DomainException.BadRequest($"Paramètre {name} invalide : {value}. / Invalid {name} parameter.");

    /// <summary>The statement with its ETag in the header too, for the next <c>If-Match</c>.</summary>
    public static IActionResult WithETag(this HttpRequest request, StatementView view, int status = StatusCodes.Status200OK)
    {
        request.HttpContext.Response.Headers.ETag = view.ETag;
        return new ObjectResult(view) { StatusCode = status };
    }
}
