namespace PauseIA.Media.Contacts.Import;

/// <summary>What a CSV column holds, once its header is recognised.</summary>
public enum ContactColumn
{
    Email,
    FirstName,
    LastName,
    FullName,
    Outlet,
    OutletDomain,
    Website,
    MediaType,
    Beats,
    Labels,
    City,
    Language,
    Phone,
    Notes,
    Owner,
    OptedOut,
    LawfulBasis,
}
