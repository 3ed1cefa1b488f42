namespace PauseIA.Media.Inquiries.Reading;

#pragma warning disable CA1822 // Instance methods: the contract the real class keeps.
// TEMP stand-in: reads nothing.
public sealed class SignatureReader
{
    public SignatureInfo Read(string body, OutletDirectory outlets) => new(null, null, null, null);
}
