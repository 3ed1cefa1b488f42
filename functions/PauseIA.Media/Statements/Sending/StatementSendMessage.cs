using System.Text.Json;
using PauseIA.Media.Common;

namespace PauseIA.Media.Statements.Sending;

/// <summary>The message of the <c>statement-send</c> queue: which statement to send (or go on sending).</summary>
public sealed record StatementSendMessage(string StatementId)
{
    public string ToJson() => JsonSerializer.Serialize(this, JsonDefaults.Options);

    /// <summary>A message we did not write is an error, left for the poison queue to show.</summary>
    public static StatementSendMessage Parse(string json) =>
        JsonSerializer.Deserialize<StatementSendMessage>(json, JsonDefaults.Options) is { StatementId: { Length: > 0 } } message
            ? message
            : throw new InvalidDataException("A statement-send message needs a statementId.");
}
