using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Inquiries;

public sealed class RawModeSampleTests(AzuriteFixture azurite) : InboundSampleTests(azurite, raw: true), IClassFixture<AzuriteFixture>;
