using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using PauseIA.Media.Contacts.Privacy;

namespace PauseIA.Media.Functions.Contacts;

/// <summary>Every night, flags contacts inactive for too long and purges those nobody kept (see <see cref="ContactRetention"/>).</summary>
public sealed class ContactRetentionFunction(ContactRetention retention, ILogger<ContactRetentionFunction> logger)
{
    [Function("ContactRetention")]
    public async Task Run([TimerTrigger("0 30 3 * * *")] TimerInfo timer)
    {
        var report = await retention.RunAsync();
        logger.LogInformation("Contact retention: {Flagged} flagged for review, {Purged} purged (schedule {Next}).", report.Flagged, report.Purged, timer.ScheduleStatus?.Next);
    }
}
