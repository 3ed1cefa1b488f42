namespace PauseIA.Media.Functions.Console;

/// <summary>One static file of the console with its content type and ETag.</summary>
public sealed record ConsoleAsset(byte[] Content, string ContentType, string ETag);
