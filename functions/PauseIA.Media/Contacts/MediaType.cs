namespace PauseIA.Media.Contacts;

/// <summary>The kind of outlet a journalist works for; in JSON <c>print</c>, <c>tv</c>, <c>radio</c>, <c>web</c>, <c>agency</c>.</summary>
public enum MediaType
{
    /// <summary>Presse écrite.</summary>
    Print,

    Tv,

    Radio,

    Web,

    /// <summary>Agence de presse (AFP, Reuters…).</summary>
    Agency,
}
