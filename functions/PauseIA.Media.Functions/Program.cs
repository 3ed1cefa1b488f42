using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using PauseIA.Media.Functions;
using PauseIA.Media.Functions.Http;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<WorkerHttpGateMiddleware>();
builder.Services.AddPauseIaMediaFunctions(builder.Configuration);
builder.Build().Run();
