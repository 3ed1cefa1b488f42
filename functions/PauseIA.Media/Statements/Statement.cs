using PauseIA.Media.Common;
using PauseIA.Media.Identity;
using PauseIA.Media.Statements.Consistency;
using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Statements;

/// <summary>
/// A statement and its review state. Each change is a method that checks the role of who acts
/// (403), the inputs (400) and the move itself with <see cref="StatementWorkflow"/> (409), and returns
/// the changed statement; nothing is stored here.
/// </summary>
public sealed record Statement
{
    public const int MaxCommentLength = 10_000;

    public required string Id { get; init; }

    public required StatementKind Kind { get; init; }

    /// <summary>The inquiry an <see cref="StatementKind.InquiryAnswer"/> answers.</summary>
    public string? Inquiry { get; init; }

    /// <summary>Who created it.</summary>
    public required string Author { get; init; }

    /// <summary>Everyone who saved a version: none of them may approve it.</summary>
    public required IReadOnlyList<string> Authors { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public required StatementState State { get; init; }

    /// <summary>The current version, counted from 1.</summary>
    public required int Version { get; init; }

    /// <summary>The content hash of the current version (see <see cref="StatementContentHash"/>).</summary>
    public required string ContentHash { get; init; }

    public string? Title { get; init; }

    /// <summary>The primary text's language.</summary>
    public required string Language { get; init; }

    /// <summary>The current version's translations: one approval covers them all.</summary>
    public IReadOnlyList<StatementTranslation> Translations { get; init; } = [];

    /// <summary>The primary language, then each translation's.</summary>
    public IReadOnlyList<string> Languages => [Language, .. Translations.Select(t => t.Language)];

    public DateTimeOffset? Embargo { get; init; }

    public EmbargoMode? EmbargoMode { get; init; }

    public required StatementAudience Audience { get; init; }

    public Approval? Approval { get; init; }

    public SignOff? SignOff { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>How many times it was submitted; a reminder goes out at most once per submission.</summary>
    public int Submission { get; init; }

    public int RemindedSubmission { get; init; }

    /// <summary>How many recipient manifests were frozen; the next is <c>manifest-{Manifests + 1}.json</c>.</summary>
    public int Manifests { get; init; }

    public DateTimeOffset? SendStartedAt { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public bool IsAuthor(string email) => Authors.Contains(email.Trim().ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>When an embargoed statement held for its embargo goes out.</summary>
    public bool WaitsForEmbargo(DateTimeOffset now) => EmbargoMode == Statements.EmbargoMode.AtEmbargo && Embargo > now;

    /// <summary>Whether the email carries the embargo line if sent at <paramref name="now"/>.</summary>
    public bool ShowsEmbargoLine(DateTimeOffset now) => EmbargoMode == Statements.EmbargoMode.BeforeWithLine && Embargo > now;

    public static Statement Create(string id, StatementDraft draft, TeamMember author, DateTimeOffset now) => new()
    {
        Id = id,
        Kind = draft.Kind,
        Inquiry = draft.Inquiry,
        Author = author.Email,
        Authors = [author.Email],
        CreatedAt = now,
        UpdatedAt = now,
        State = StatementState.Draft,
        Version = 1,
        ContentHash = draft.ContentHash,
        Title = draft.Title,
        Language = draft.Language,
        Translations = draft.Translations,
        Embargo = draft.Embargo,
        EmbargoMode = draft.EmbargoMode,
        Audience = draft.Audience,
    };

    /// <summary>A new version, whichever language changed: back to a draft, voiding any review request, approval and sign-off.</summary>
    public Statement Revise(StatementDraft draft, TeamMember author, DateTimeOffset now) => this with
    {
        State = Move(StatementAction.Revise),
        Kind = draft.Kind,
        Inquiry = draft.Inquiry,
        Authors = IsAuthor(author.Email) ? Authors : [.. Authors, author.Email],
        UpdatedAt = now,
        Version = Version + 1,
        ContentHash = draft.ContentHash,
        Title = draft.Title,
        Language = draft.Language,
        Translations = draft.Translations,
        Embargo = draft.Embargo,
        EmbargoMode = draft.EmbargoMode,
        Audience = draft.Audience,
        Approval = null,
        SignOff = null,
    };

    public Statement Submit(DateTimeOffset now) => this with
    {
        State = Move(StatementAction.Submit),
        SubmittedAt = now,
        Submission = Submission + 1,
        UpdatedAt = now,
    };

    /// <summary>The director's decision; an approval records <paramref name="consistency"/>, the divergences between languages they saw.</summary>
    public Statement Review(TeamMember reviewer, ReviewDecision decision, string? comment, DateTimeOffset now, ConsistencyReport? consistency = null)
    {
        if (!reviewer.HasRole(TeamRole.CommsDirector))
        {
            throw DomainException.Forbidden(
                "Seule la direction de la communication approuve ou demande des modifications. / Only the communications director approves or requests changes.");
        }

        if (IsAuthor(reviewer.Email))
        {
            throw DomainException.Forbidden(
                "Vous avez rédigé ce communiqué : une autre personne doit le relire. / You wrote this statement: someone else must review it.");
        }

        CheckComment(comment, required: decision == ReviewDecision.RequestChanges);
        if (decision == ReviewDecision.RequestChanges)
        {
            return this with { State = Move(StatementAction.RequestChanges), UpdatedAt = now };
        }

        return this with
        {
            State = Move(StatementAction.Approve),
            Approval = new Approval(reviewer.Email, now, Version, ContentHash)
            {
                ConsistencyHash = consistency?.Hash,
                Divergences = consistency?.Divergences.Count,
            },
            UpdatedAt = now,
        };
    }

    /// <summary>The sign-off on the approved hash and the manifest just frozen (<see cref="Manifests"/> + 1).</summary>
    public Statement SignOffWith(TeamMember spokesperson, string manifestHash, int recipients, int excluded, DateTimeOffset now)
    {
        CheckSignOff(spokesperson);
        return this with
        {
            State = Move(StatementAction.SignOff),
            Manifests = Manifests + 1,
            SignOff = new SignOff(spokesperson.Email, now, Version, ContentHash, Manifests + 1, manifestHash, recipients, excluded),
            UpdatedAt = now,
        };
    }

    /// <summary>Whether <paramref name="spokesperson"/> may sign off now (403 for the role or four eyes, 409 for the state), before the manifest is resolved.</summary>
    public void CheckSignOff(TeamMember spokesperson)
    {
        RequireSpokesperson(spokesperson, "Seul le porte-parole valide un communiqué. / Only the spokesperson signs off a statement.");
        StatementWorkflow.Next(State, StatementAction.SignOff).OrThrow();
        if (Approval!.By == spokesperson.Email)
        {
            throw DomainException.Forbidden(
                "Vous avez approuvé ce communiqué : la validation revient à une autre personne. / You approved this statement: someone else must sign it off.");
        }
    }

    /// <summary>The spokesperson's send: held until the embargo when that is what was approved, otherwise at once.</summary>
    public Statement StartSend(TeamMember spokesperson, DateTimeOffset now)
    {
        RequireSpokesperson(spokesperson, "Seul le porte-parole envoie un communiqué. / Only the spokesperson sends a statement.");
        var waits = WaitsForEmbargo(now);
        return this with
        {
            State = Move(waits ? StatementAction.Schedule : StatementAction.StartSending),
            SendStartedAt = waits ? null : now,
            UpdatedAt = now,
        };
    }

    /// <summary>The embargo has lifted: the scheduled send begins.</summary>
    public Statement BeginScheduledSend(DateTimeOffset now) =>
        this with { State = Move(StatementAction.StartSending), SendStartedAt = now, UpdatedAt = now };

    public Statement Finish(DateTimeOffset now) => this with { State = Move(StatementAction.Finish), SentAt = now, UpdatedAt = now };

    public Statement Withdraw(TeamMember member, DateTimeOffset now)
    {
        if (!IsAuthor(member.Email) && !member.HasRole(TeamRole.Spokesperson) && !member.HasRole(TeamRole.CommsDirector))
        {
            throw DomainException.Forbidden(
                "Seuls ses auteurs, le porte-parole et la direction de la communication retirent un communiqué. / Only its authors, the spokesperson and the communications director withdraw a statement.");
        }

        return this with { State = Move(StatementAction.Withdraw), UpdatedAt = now };
    }

    public Statement VoidApproval(DateTimeOffset now) =>
        this with { State = Move(StatementAction.VoidApproval), Approval = null, SignOff = null, SendStartedAt = null, UpdatedAt = now };

    public Statement VoidSignOff(DateTimeOffset now) =>
        this with { State = Move(StatementAction.VoidSignOff), SignOff = null, SendStartedAt = null, UpdatedAt = now };

    public Statement Reminded(DateTimeOffset now) => this with { RemindedSubmission = Submission, UpdatedAt = now };

    /// <summary>What <paramref name="member"/> may do now, for the console to offer (the server still checks each).</summary>
    public IReadOnlyList<StatementAction> ActionsFor(TeamMember member)
    {
        bool Can(StatementAction action) => StatementWorkflow.Allows(State, action);
        var actions = new List<StatementAction>();
        if (Can(StatementAction.Revise))
        {
            actions.Add(StatementAction.Revise);
        }

        if (Can(StatementAction.Submit))
        {
            actions.Add(StatementAction.Submit);
        }

        if (Can(StatementAction.Approve) && member.HasRole(TeamRole.CommsDirector) && !IsAuthor(member.Email))
        {
            actions.AddRange([StatementAction.Approve, StatementAction.RequestChanges]);
        }

        if (Can(StatementAction.SignOff) && member.HasRole(TeamRole.Spokesperson) && Approval?.By != member.Email)
        {
            actions.Add(StatementAction.SignOff);
        }

        if (State == StatementState.SignedOff && member.HasRole(TeamRole.Spokesperson))
        {
            actions.Add(StatementAction.StartSending);
        }

        if (Can(StatementAction.Withdraw) && (IsAuthor(member.Email) || member.HasRole(TeamRole.Spokesperson) || member.HasRole(TeamRole.CommsDirector)))
        {
            actions.Add(StatementAction.Withdraw);
        }

        return actions;
    }

    public static void CheckComment(string? comment, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(comment))
        {
            throw DomainException.BadRequest("Un commentaire est requis pour demander des modifications. / A comment is required to request changes.");
        }

        if (comment is { Length: > MaxCommentLength })
        {
            throw DomainException.BadRequest($"Commentaire trop long (max {MaxCommentLength} caractères). / Comment too long.");
        }
    }

    private StatementState Move(StatementAction action) => StatementWorkflow.Next(State, action).OrThrow();

    private static void RequireSpokesperson(TeamMember member, string message)
    {
        if (!member.HasRole(TeamRole.Spokesperson))
        {
            throw DomainException.Forbidden(message);
        }
    }
}
