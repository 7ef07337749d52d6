# Runtime image: JRE 17 + Payara Micro + the WAR + config/. Configured by environment variables (docs/operations.md).
#   docker build -t burgerzaken .
#   docker run -p 8080:8080 -e BZ_DB_URL=jdbc:postgresql://db:5432/burgerzaken -e BZ_DB_USER=... -e BZ_DB_PASSWORD=... burgerzaken
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /opt/burgerzaken --shell /usr/sbin/nologin burgerzaken
WORKDIR /opt/burgerzaken
COPY --from=build /src/modules/app/target/payara-micro.jar lib/payara-micro.jar
COPY --from=build /src/modules/app/target/postgresql.jar lib/postgresql.jar
COPY --from=build /src/modules/app/target/burgerzaken.war deployments/burgerzaken.war
COPY config/ config/
RUN mkdir -p root && chown -R burgerzaken:burgerzaken /opt/burgerzaken
USER burgerzaken
ENV BZ_DB_DATASOURCE_CLASS=org.postgresql.xa.PGXADataSource \
    BZ_DEMO_ENABLED=false \
    JAVA_OPTS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/health/ready || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar lib/payara-micro.jar --addlibs lib/postgresql.jar --port 8080 --rootdir root --contextroot / --systemproperties config/burgerzaken.properties --prebootcommandfile config/payara-preboot.txt --deploy deployments/burgerzaken.war $PAYARA_OPTS"]
