# Ingest worker (ingest/Knowledge.WorkerHost over the ingest/Knowledge.Worker library): Quartz schedule, inbox sweep. Build context: the repository root.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# The whole tree (less .dockerignore): projects reference each other across core/, ingest/ and
# generators/, and a glob-based restore layer would break whenever a folder is added or missing.
COPY . .
RUN dotnet publish ingest/Knowledge.WorkerHost/Knowledge.WorkerHost.csproj -c Release -o /app /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
RUN mkdir -p /data/inbox && chown -R "$APP_UID" /data
USER $APP_UID
ENV DOTNET_NOLOGO=1
VOLUME ["/data"]
ENTRYPOINT ["dotnet", "Knowledge.WorkerHost.dll"]
