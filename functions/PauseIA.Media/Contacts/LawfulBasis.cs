namespace PauseIA.Media.Contacts;

/// <summary>Why we may hold the contact (GDPR art. 6).</summary>
public enum LawfulBasis
{
    /// <summary>Art. 6(1)(f): press relations with journalists in their professional capacity, the default.</summary>
    LegitimateInterest,

    /// <summary>Art. 6(1)(a): the person asked to be on the list.</summary>
    Consent,
}
