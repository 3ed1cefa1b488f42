using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Inquiries;

public sealed class ParsedModeSampleTests(AzuriteFixture azurite) : InboundSampleTests(azurite, raw: false), IClassFixture<AzuriteFixture>;
