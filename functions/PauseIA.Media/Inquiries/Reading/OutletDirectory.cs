namespace PauseIA.Media.Inquiries.Reading;

#pragma warning disable CA1822 // Instance methods: the contract the real class keeps.
// TEMP stand-in: knows no outlet.
public sealed class OutletDirectory
{
    public OutletInfo? FindByEmail(string email) => null;

    public OutletInfo? FindByName(string name) => null;
}
