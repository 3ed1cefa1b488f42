using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Storage;

namespace PauseIA.Media.Tests.Inquiries;

/// <summary>
/// A colleague who edits an inquiry at the worst moment: just before each transaction that replaces
/// its head over a version read, another write changes that head (through a client of its own), so
/// the transaction loses its ETag. As many times as <see cref="Contend"/> says.
/// </summary>
public sealed class ConcurrentInquiryEdits(string connectionString) : HttpPipelineSynchronousPolicy
{
    private readonly TableClient direct = new(connectionString, InquiryStore.Name);
    private string? reference;
    private int remaining;

    /// <summary>How many edits happened.</summary>
    public int Edits { get; private set; }

    /// <summary>Adds the policy to the services' storage clients.</summary>
    public void Install(IServiceCollection services) =>
        ((StoragePipelinePolicies)services.Single(d => d.ServiceType == typeof(StoragePipelinePolicies)).ImplementationInstance!).PerCall.Add(this);

    public void Contend(string inquiry, int times)
    {
        reference = inquiry;
        remaining = times;
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        if (remaining <= 0 || reference is null || message.Request.Method != RequestMethod.Post || !message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal) || message.Request.Content is null)
        {
            return;
        }

        using var body = new MemoryStream();
        message.Request.Content.WriteTo(body, default);
        var text = System.Text.Encoding.UTF8.GetString(body.ToArray());
        var head = InquiryKeys.HeadRow(reference);
        if ((text.Contains($"RowKey='{head}'", StringComparison.Ordinal) || text.Contains($"RowKey='{Uri.EscapeDataString(head)}'", StringComparison.Ordinal))
            && text.Contains("If-Match", StringComparison.OrdinalIgnoreCase))
        {
            remaining--;
            Edits++;
            direct.UpdateEntity(new TableEntity(InquiryKeys.Partition, head) { ["EditedMeanwhile"] = Edits }, ETag.All, TableUpdateMode.Merge);
        }
    }
}
