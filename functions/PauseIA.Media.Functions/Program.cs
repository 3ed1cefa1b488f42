using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PauseIA.Media.Functions;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Functions.Telemetry;
using PauseIA.Media.Inquiries.Inbound;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<WorkerHttpGateMiddleware>();
builder.Services.AddPauseIaMediaFunctions(builder.Configuration);
builder.Services.AddPauseIaMediaTelemetry(builder.Configuration);

// SendGrid posts emails of up to 30 MB, over Kestrel's default of about 28.6 MB: the worker's own
// limit is raised to the webhook's, and every other function bounds what it reads itself.
builder.Services.AddOptions<KestrelServerOptions>()
    .Configure<IOptions<InboundOptions>>((kestrel, inbound) => kestrel.Limits.MaxRequestBodySize = inbound.Value.MaxBodyBytes);
builder.Build().Run();
