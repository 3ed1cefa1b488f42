namespace PauseIA.Media.Statements;

/// <summary>What can happen to a statement; the workflow maps each (state, action) to the next state or a refusal.</summary>
public enum StatementAction
{
    Revise,
    Submit,
    Approve,
    RequestChanges,
    SignOff,
    Schedule,
    StartSending,
    Finish,
    Withdraw,

    /// <summary>The content no longer matches the approval: back to a draft.</summary>
    VoidApproval,

    /// <summary>The recipients no longer match the sign-off: back to approved.</summary>
    VoidSignOff,
}
