namespace PauseIA.Media.Contacts;

/// <summary>Who wrote an inquiry, as read from the email.</summary>
public sealed record InquirySender(
    string Email,
    string? DisplayName,
    string? Outlet,
    string? OutletDomain,
    string? MediaType,
    string? City,
    string? Language);
