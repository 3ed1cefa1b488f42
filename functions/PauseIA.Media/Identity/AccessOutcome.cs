namespace PauseIA.Media.Identity;

public enum AccessOutcome
{
    Allowed,
    Unauthenticated,
    Forbidden,
}
