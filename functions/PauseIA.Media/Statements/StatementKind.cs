namespace PauseIA.Media.Statements;

public enum StatementKind
{
    PressRelease,
    Reaction,

    /// <summary>An answer to a journalist's inquiry, sent in its thread.</summary>
    InquiryAnswer,
}
