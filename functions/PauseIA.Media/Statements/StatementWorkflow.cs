namespace PauseIA.Media.Statements;

/// <summary>
/// The review workflow as a table of legal moves:
/// <c>Draft → InReview → ChangesRequested → (new version) Draft → InReview → Approved → SignedOff → Scheduled/Sending → Sent</c>,
/// <c>Withdrawn</c> from any state before sending. Any new version sends the statement back to a draft,
/// which voids a review request, an approval and a sign-off alike. Roles are checked by <see cref="Statement"/>.
/// </summary>
public static class StatementWorkflow
{
    private static readonly StatementState[] BeforeSending =
        [StatementState.Draft, StatementState.InReview, StatementState.ChangesRequested, StatementState.Approved, StatementState.SignedOff, StatementState.Scheduled];

    private static readonly Dictionary<(StatementState, StatementAction), StatementState> Moves = Build();

    public static WorkflowStep Next(StatementState from, StatementAction action) =>
        Moves.TryGetValue((from, action), out var next) ? WorkflowStep.Allowed(next) : WorkflowStep.Refused(from, Why(from, action));

    public static bool Allows(StatementState from, StatementAction action) => Moves.ContainsKey((from, action));

    private static Dictionary<(StatementState, StatementAction), StatementState> Build()
    {
        var moves = new Dictionary<(StatementState, StatementAction), StatementState>
        {
            [(StatementState.Draft, StatementAction.Submit)] = StatementState.InReview,
            [(StatementState.InReview, StatementAction.Approve)] = StatementState.Approved,
            [(StatementState.InReview, StatementAction.RequestChanges)] = StatementState.ChangesRequested,
            [(StatementState.Approved, StatementAction.SignOff)] = StatementState.SignedOff,
            [(StatementState.SignedOff, StatementAction.Schedule)] = StatementState.Scheduled,
            [(StatementState.SignedOff, StatementAction.StartSending)] = StatementState.Sending,
            [(StatementState.Scheduled, StatementAction.StartSending)] = StatementState.Sending,
            [(StatementState.Sending, StatementAction.Finish)] = StatementState.Sent,
            [(StatementState.Approved, StatementAction.VoidApproval)] = StatementState.Draft,
            [(StatementState.SignedOff, StatementAction.VoidApproval)] = StatementState.Draft,
            [(StatementState.Scheduled, StatementAction.VoidApproval)] = StatementState.Draft,
            [(StatementState.SignedOff, StatementAction.VoidSignOff)] = StatementState.Approved,
            [(StatementState.Scheduled, StatementAction.VoidSignOff)] = StatementState.Approved,
        };
        foreach (var state in BeforeSending)
        {
            moves[(state, StatementAction.Revise)] = StatementState.Draft;
            moves[(state, StatementAction.Withdraw)] = StatementState.Withdrawn;
        }

        return moves;
    }

    private static string Why(StatementState from, StatementAction action) => (from, action) switch
    {
        (StatementState.Sending or StatementState.Sent, StatementAction.Revise or StatementAction.Withdraw) =>
            "Le communiqué est parti ou en cours d'envoi : il ne peut plus changer. / The statement is being sent or was sent: it can no longer change.",
        (StatementState.Withdrawn, _) => "Le communiqué a été retiré. / The statement was withdrawn.",
        (StatementState.ChangesRequested, StatementAction.Submit) =>
            "Des modifications ont été demandées : enregistrez d'abord une nouvelle version. / Changes were requested: save a new version first.",
        (StatementState.InReview, StatementAction.Submit) => "Le communiqué est déjà en relecture. / The statement is already in review.",
        (_, StatementAction.Approve or StatementAction.RequestChanges) =>
            "Seul un communiqué soumis à relecture peut être relu. / Only a statement submitted for review can be reviewed.",
        (_, StatementAction.SignOff) =>
            "Le communiqué doit d'abord être approuvé par la direction de la communication. / The statement must first be approved by the communications director.",
        (StatementState.Scheduled or StatementState.Sending, StatementAction.Schedule or StatementAction.StartSending) =>
            "L'envoi est déjà programmé ou en cours. / The send is already scheduled or under way.",
        (_, StatementAction.Schedule or StatementAction.StartSending) =>
            "Le communiqué doit d'abord être approuvé puis validé par le porte-parole. / The statement must be approved and then signed off by the spokesperson first.",
        _ => $"Action « {action} » impossible à l'état « {from} ». / Cannot {action} a statement that is {from}.",
    };
}
