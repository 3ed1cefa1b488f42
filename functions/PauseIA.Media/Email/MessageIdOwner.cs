namespace PauseIA.Media.Email;

public enum MessageIdOwner
{
    Inquiry,
    Statement,
}
