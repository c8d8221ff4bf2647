namespace Knowledge.Ingest.Tests;
