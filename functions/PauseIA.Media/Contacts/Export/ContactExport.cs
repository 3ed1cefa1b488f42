namespace PauseIA.Media.Contacts.Export;

/// <summary>A CSV export: its suggested file name, its bytes (UTF-8 with BOM) and how many contacts it holds.</summary>
public sealed record ContactExport(string FileName, byte[] Content, int Count);
