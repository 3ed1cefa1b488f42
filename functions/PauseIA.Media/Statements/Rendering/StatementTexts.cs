namespace PauseIA.Media.Statements.Rendering;

/// <summary>The fixed wording of a statement email, in the statement's language (French typography written in).</summary>
internal sealed record StatementTexts(
    string Header,
    string DefaultSubject,
    string ContactLabel,
    string Reason,
    string Unsubscribe,
    string PrivacyNotice,
    string Colon)
{
    /// <summary>Shown in the subject when the embargo line is: the word is the same in both languages and visible before the mail is opened.</summary>
    public const string EmbargoSubjectPrefix = "EMBARGO – ";

    public static StatementTexts French { get; } = new(
        Header: "Pause IA France — Communiqué de presse",
        DefaultSubject: "Communiqué de Pause IA France",
        ContactLabel: "Contact presse",
        Reason: "Vous recevez ce communiqué parce que vous figurez dans la liste de presse de Pause IA France.",
        Unsubscribe: "Se désinscrire",
        PrivacyNotice: "Politique de confidentialité",
        Colon: "\u00A0: ");

    public static StatementTexts English { get; } = new(
        Header: "Pause IA France — Press release",
        DefaultSubject: "Statement from Pause IA France",
        ContactLabel: "Press contact",
        Reason: "You are receiving this press release because you are on Pause IA France's press list.",
        Unsubscribe: "Unsubscribe",
        PrivacyNotice: "Privacy notice",
        Colon: ": ");

    public static StatementTexts For(string language) => language == "fr" ? French : English;
}
