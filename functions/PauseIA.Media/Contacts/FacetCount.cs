namespace PauseIA.Media.Contacts;

/// <summary>A value found in the list and how many contacts have it.</summary>
public sealed record FacetCount(string Value, int Count);
