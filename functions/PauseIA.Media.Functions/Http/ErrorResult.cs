using Microsoft.AspNetCore.Mvc;

namespace PauseIA.Media.Functions.Http;

/// <summary>The API's one error shape: <c>{ "error": "…" }</c> with a status.</summary>
public static class ErrorResult
{
    public static ObjectResult Create(int status, string message) =>
        new(new ErrorBody(message)) { StatusCode = status, ContentTypes = { "application/json" } };
}
