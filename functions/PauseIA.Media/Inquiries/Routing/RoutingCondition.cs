namespace PauseIA.Media.Inquiries.Routing;

/// <summary>
/// When a rule applies. Every condition given must hold; within one list, any value will do.
/// An empty condition matches every inquiry (a catch-all rule).
/// </summary>
public sealed record RoutingCondition
{
    /// <summary>The sender's domain or a parent of it ("leprogres.fr" matches "redaction.leprogres.fr").</summary>
    public IReadOnlyList<string> SenderDomains { get; init; } = [];

    /// <summary>The outlet's name, as the outlet directory or signature gave it.</summary>
    public IReadOnlyList<string> Outlets { get; init; } = [];

    /// <summary>The inquiry's city; <c>*</c> means any city that has a local lead.</summary>
    public IReadOnlyList<string> Cities { get; init; } = [];

    /// <summary><c>fr</c> or <c>en</c>.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    public IReadOnlyList<string> MediaTypes { get; init; } = [];

    /// <summary>Words or phrases in the subject or body (case and accents ignored).</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>True: the outlet is known and not French; false: it is French.</summary>
    public bool? ForeignPress { get; init; }

    public bool IsEmpty =>
        SenderDomains.Count == 0 && Outlets.Count == 0 && Cities.Count == 0 && Languages.Count == 0
        && MediaTypes.Count == 0 && Keywords.Count == 0 && ForeignPress is null;
}
