using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Identity;
using PauseIA.Media.LocalHost.EasyAuth;
using PauseIA.Media.LocalHost.Functions;
using PauseIA.Media.Testing;
using Xunit.Abstractions;

namespace PauseIA.Media.LocalHost.Tests.Security;

/// <summary>
/// Who can call what, proven over HTTP for every route of the function app: the routes are found
/// as LocalHost serves them, and what each one allows is read with the gate's own reading
/// (<see cref="HttpFunctionGate.Declared"/>), so there is no list of routes to keep in step by hand.
/// Each route is called with no sign-in, with a forged principal header, as a signed-in stranger,
/// and as a member of each role, with an empty request: the point is whether the gate let it through.
/// Every answer must also carry the console's security headers and set no cookie.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed partial class AuthorizationMatrixTests(LocalHostFixture host, ITestOutputHelper output)
{
    private const string Stranger = "inconnu@example.org";

    private enum Gate
    {
        LetThrough,
        SignInRequired,
        Forbidden,
    }

    [Fact]
    public async Task EveryRouteAnswersEachCallerAsItsAttributesDeclare()
    {
        var callers = await CallersAsync();
        var routes = Routes();
        var failures = new List<string>();
        try
        {
            await CheckAsync(routes, callers, failures);
        }
        finally
        {
            callers.ToList().ForEach(c => c.Client.Dispose());
        }

        output.WriteLine($"{routes.Count} routes × {callers.Count} callers = {routes.Count * callers.Count} checks.");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.Contains(routes, r => HttpFunctionGate.Declared(r.Function.Method) is { Roles.Count: > 0 });
        Assert.Contains(routes, r => HttpFunctionGate.Declared(r.Function.Method).Public);
    }

    private static async Task CheckAsync(IReadOnlyList<Route> routes, IReadOnlyList<Caller> callers, List<string> failures)
    {
        foreach (var route in routes)
        {
            var publicAnswers = new HashSet<HttpStatusCode>();
            foreach (var caller in callers)
            {
                var expected = Expected(route.Function, caller.Member, caller.SignedIn);
                using var response = await caller.Client.SendAsync(new HttpRequestMessage(new HttpMethod(route.Method), route.Path));
                var status = (int)response.StatusCode;
                var ok = expected switch
                {
                    Gate.SignInRequired => status == StatusCodes.Status401Unauthorized,
                    Gate.Forbidden => status == StatusCodes.Status403Forbidden,

                    // Through the gate, an empty request meets the function: a 2xx or its own 4xx, never the gate's.
                    _ => status < 500 && (HttpFunctionGate.Declared(route.Function.Method).Public || status is not (401 or 403)),
                };
                if (!ok)
                {
                    failures.Add($"{route.Method} {route.Path} ({route.Function.Name}) as {caller.Name}: expected {expected}, got {status} {await response.Content.ReadAsStringAsync()}");
                }

                // Whatever the answer, it keeps the console's headers, and only the sign-in page sets a cookie.
                if (!response.Headers.TryGetValues("Content-Security-Policy", out var csp)
                    || !ResponseHeadersTests.IsThePolicy(csp.Single())
                    || !response.Headers.TryGetValues("X-Content-Type-Options", out var sniff) || sniff.Single() != "nosniff"
                    || response.Headers.Contains("Set-Cookie"))
                {
                    failures.Add($"{route.Method} {route.Path} as {caller.Name}: security headers missing or a cookie set ({response.Headers})");
                }

                if (HttpFunctionGate.Declared(route.Function.Method).Public)
                {
                    publicAnswers.Add(response.StatusCode);
                }
            }

            // A public route knows nobody: every caller gets the same answer.
            if (publicAnswers.Count > 1)
            {
                failures.Add($"{route.Method} {route.Path} is public but answered callers differently: {string.Join(", ", publicAnswers)}");
            }
        }
    }

    /// <summary>The one declared matrix: what the gate must answer <paramref name="member"/> for <paramref name="function"/>.</summary>
    private static Gate Expected(LocalFunction function, TeamMember? member, bool signedIn)
    {
        var (isPublic, roles) = HttpFunctionGate.Declared(function.Method);
        if (isPublic)
        {
            return Gate.LetThrough;
        }

        if (roles is null)
        {
            return Gate.Forbidden;
        }

        if (!signedIn)
        {
            return Gate.SignInRequired;
        }

        return member is not null && (roles.Count == 0 || member.HasAnyRole(roles)) ? Gate.LetThrough : Gate.Forbidden;
    }

    private sealed record Caller(string Name, HttpClient Client, TeamMember? Member, bool SignedIn);

    private sealed record Route(LocalFunction Function, string Method, string Path);

    /// <summary>Nobody, a client forging Easy Auth's header, a signed-in stranger, and one member of each role.</summary>
    private async Task<IReadOnlyList<Caller>> CallersAsync()
    {
        var team = host.Services.GetRequiredService<TeamDirectory>();
        var forged = host.CreateClient();
        var admin = team.First(TeamRole.Admin);
        forged.DefaultRequestHeaders.Add(ClientPrincipalHeader.Name, ClientPrincipalHeader.Write("aad", admin.Email, admin.DisplayName));
        var callers = new List<Caller>
        {
            new("no sign-in", host.CreateClient(), null, false),
            new("a forged principal header (Admin)", forged, null, false),
            new($"a signed-in stranger ({Stranger})", StrangerClient(), null, true),
        };
        foreach (var role in Enum.GetValues<TeamRole>())
        {
            var member = team.First(role);
            callers.Add(new($"{role} ({member.Email})", await host.SignInAsync(member.Email), member, true));
        }

        return callers;
    }

    /// <summary>
    /// Someone Easy Auth signed in who is not on the team (any account of the tenant in Azure). The sign-in
    /// page refuses strangers, so the session cookie is made as the page would have made it.
    /// </summary>
    private HttpClient StrangerClient()
    {
        var context = new DefaultHttpContext();
        host.Services.GetRequiredService<EasyAuthSession>().SignIn(context.Response, Stranger);
        var cookie = context.Response.Headers.SetCookie.ToString().Split(';')[0];
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    /// <summary>Every HTTP route and method as LocalHost serves them, with a made-up value in each route parameter.</summary>
    private List<Route> Routes()
    {
        var prefix = host.Host.HostJson.RoutePrefix;
        return host.Host.Functions.WithTrigger<HttpFunctionTrigger>()
            .SelectMany(f => (f.Trigger.Methods ?? ["GET", "POST"]).Select(method => new Route(
                f.Function,
                method,
                "/" + (prefix.Length == 0 ? "" : prefix + "/") + RouteParameter().Replace(f.Trigger.Route.TrimStart('/'), m => Sample(m.Groups["name"].Value, m.Groups["constraint"].Value)))))
            .ToList();
    }

    private static string Sample(string name, string constraint) => constraint == ":int" ? "1" : name switch
    {
        "email" => "personne@matrice.example",
        "reference" => "PIA-2026-9999",
        _ => "matrice-0",
    };

    [GeneratedRegex(@"\{\*?(?<name>\w+)(?<constraint>:[^}]*)?\}")]
    private static partial Regex RouteParameter();
}
