# Search API (search-api/Knowledge.SearchApi). Build context: the repository root.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# The whole tree (less .dockerignore): projects reference each other across core/, ingest/ and
# generators/, and a glob-based restore layer would break whenever a folder is added or missing.
COPY . .
RUN dotnet publish search-api/Knowledge.SearchApi/Knowledge.SearchApi.csproj -c Release -o /app /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
# The LibreOffice thesauri: a query's word no passage holds is searched through its synonyms (Knowledge:ThesaurusPath).
RUN apt-get update \
    && apt-get install -y --no-install-recommends mythes-fr mythes-en-us \
    && rm -rf /var/lib/apt/lists/*
# The data volume is written by the non-root "app" user the .NET images provide ($APP_UID).
RUN mkdir -p /data/inbox && chown -R "$APP_UID" /data
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=5080 \
    DOTNET_NOLOGO=1
EXPOSE 5080
VOLUME ["/data"]
ENTRYPOINT ["dotnet", "Knowledge.SearchApi.dll"]
