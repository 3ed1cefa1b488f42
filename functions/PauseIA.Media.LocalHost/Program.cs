using PauseIA.Media.LocalHost;

// dotnet run --project functions/PauseIA.Media.LocalHost [-- --port 7071 --smtp-port 2525 --demo]
return await LocalHostCommand.RunAsync(new LocalFunctionHostSetup { Args = args, Output = Console.Out }, Console.Error);
