using System.Text.Json;

namespace PauseIA.Media.Browser.Tests.Support;

/// <summary>Journalists and a segment that holds only them (their addresses carry the test's tag), through the contacts API.</summary>
public static class SegmentSeed
{
    public static async Task<string> CreateAsync(ConsoleSession session, string tag, params (string Email, string FirstName, string LastName, string Language)[] journalists)
    {
        foreach (var (email, firstName, lastName, language) in journalists)
        {
            var contact = await session.Api.PostAsync("/api/contacts", new()
            {
                DataObject = new { email, firstName, lastName, outlet = "Público", mediaType = "print", language },
            });
            Assert.True(contact.Ok, await contact.TextAsync());
        }

        var segment = await session.Api.PostAsync("/api/contacts/segments", new()
        {
            DataObject = new { name = $"Presse {tag}", filter = new { text = tag } },
        });
        Assert.True(segment.Ok, await segment.TextAsync());
        using var body = JsonDocument.Parse(await segment.TextAsync());
        return body.RootElement.GetProperty("id").GetString()!;
    }
}
