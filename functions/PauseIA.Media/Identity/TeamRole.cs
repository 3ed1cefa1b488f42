namespace PauseIA.Media.Identity;

/// <summary>The roles of the press team. A member may hold several.</summary>
public enum TeamRole
{
    /// <summary>The French spokesperson: final sign-off, default assignee.</summary>
    Spokesperson,

    /// <summary>PauseAI's Global Communications Director: reviews and approves statements.</summary>
    CommsDirector,

    /// <summary>A local group lead: the inquiries and contacts of their cities.</summary>
    LocalLead,

    /// <summary>A volunteer of the press office: drafts, answers, manages contacts.</summary>
    PressOfficer,

    /// <summary>Configuration, outbox, lifting opt-outs.</summary>
    Admin,
}
