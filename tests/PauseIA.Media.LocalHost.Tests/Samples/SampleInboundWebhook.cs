using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Functions.Http;

namespace PauseIA.Media.LocalHost.Tests.Samples;

/// <summary>Stands at the inbound webhook's route to see what the SMTP listener posts; a subject tag picks its answer.</summary>
public sealed class SampleInboundWebhook(SampleRecorder recorder)
{
    public const string Name = "SampleInboundWebhook";

    [Function(Name)]
    [PublicEndpoint("Sample for LocalHost's own tests.")]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/inbound/sendgrid")] HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString());
        recorder.Record(Name, new InboundPost(request.Query["key"].FirstOrDefault(), fields, request.ContentType ?? ""));
        var subject = fields.GetValueOrDefault("subject", "");
        return subject.Contains("[4xx]", StringComparison.Ordinal) ? new BadRequestResult()
            : subject.Contains("[5xx]", StringComparison.Ordinal) ? new StatusCodeResult(StatusCodes.Status503ServiceUnavailable)
            : new OkResult();
    }
}
