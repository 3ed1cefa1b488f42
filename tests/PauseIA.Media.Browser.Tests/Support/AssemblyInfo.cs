// Each class starts its own LocalHost, Azurite and chromium: on a two-core machine, one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
