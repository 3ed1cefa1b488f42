namespace PauseIA.Media.Contacts.Import;

/// <summary>A CSV file's text and the encoding it was read in (<c>utf-8</c>, <c>utf-16</c>, <c>windows-1252</c>).</summary>
public sealed record DecodedCsv(string Text, string Encoding);
