using System.Text;

namespace PauseIA.Media.Inquiries.Processing;

/// <summary>The words of an acknowledgement in one language; the composer fills them in.</summary>
internal sealed record AcknowledgementWording(
    string Hello,
    CompositeFormat Received,
    CompositeFormat DeadlineIsSooner,
    CompositeFormat AnswerWithin,
    CompositeFormat AnswerWithinAndBeforeDeadline,
    string HowToAdd,
    string SignOff,
    string Automatic,
    string OpenQuote,
    string CloseQuote)
{
    public static AcknowledgementWording French { get; } = new(
        Hello: "Bonjour",
        Received: CompositeFormat.Parse("Nous avons bien reçu votre message « {0} », enregistré sous la référence {1}."),
        DeadlineIsSooner: CompositeFormat.Parse("Nous avons noté votre échéance ({0}) et vous répondrons avant."),
        AnswerWithin: CompositeFormat.Parse("Nous vous répondrons {0}."),
        AnswerWithinAndBeforeDeadline: CompositeFormat.Parse("Nous vous répondrons {0}, et en tout cas avant votre échéance ({1})."),
        HowToAdd: "Pour compléter votre demande, répondez simplement à ce message : la référence dans l'objet nous permet de suivre l'échange.",
        SignOff: "Bien cordialement,\nL'équipe presse de Pause IA",
        Automatic: "Ce message est un accusé de réception automatique.",
        OpenQuote: "« ",
        CloseQuote: " »");

    public static AcknowledgementWording English { get; } = new(
        Hello: "Hello",
        Received: CompositeFormat.Parse("We have received your message “{0}”, filed under reference {1}."),
        DeadlineIsSooner: CompositeFormat.Parse("We have noted your deadline ({0}) and will get back to you before then."),
        AnswerWithin: CompositeFormat.Parse("We will get back to you {0}."),
        AnswerWithinAndBeforeDeadline: CompositeFormat.Parse("We will get back to you {0}, and in any case before your deadline ({1})."),
        HowToAdd: "To add to your request, simply reply to this message: the reference in the subject lets us follow the conversation.",
        SignOff: "Best regards,\nThe Pause IA press team",
        Automatic: "This is an automatic acknowledgement.",
        OpenQuote: "“",
        CloseQuote: "”");
}
