namespace PauseIA.Media.Contacts;

/// <summary>How a contact came onto the list (GDPR art. 14: the source of the data).</summary>
public enum ContactSource
{
    Manual,
    Import,
    Inquiry,
}
