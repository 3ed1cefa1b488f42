namespace PauseIA.Media.Contacts.Duplicates;

/// <summary>Contacts that are probably one person, and why: <c>sameNameAndOutlet</c> or <c>sameNameAndOutletDomain</c>.</summary>
public sealed record DuplicateGroup(string Reason, IReadOnlyList<Contact> Contacts);
