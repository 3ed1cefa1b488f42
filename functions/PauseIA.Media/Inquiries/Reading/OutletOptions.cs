namespace PauseIA.Media.Inquiries.Reading;

/// <summary>Outlets added to, or replacing, the built-in map (section <c>Outlets</c>).</summary>
public sealed class OutletOptions
{
    public const string Section = "Outlets";

    public List<OutletEntry> Entries { get; set; } = [];
}
