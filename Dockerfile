# Sell Me A Pen in a container: built with Maven on a Temurin 25 JDK, run on a Temurin 25 JRE.
# Both are glibc (Ubuntu) images: the offline sentence model's native libraries need glibc.
#
#   docker build -t sellmeapen .
#   docker run -p 3000:3000 -p 3001:3001 -v sellmeapen-data:/data sellmeapen
#
# With nginx in front on 8081: docker compose -f scripts/docker-compose.yml up

FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY pom.xml ./
COPY db ./db
COPY templates ./templates
COPY src/main ./src/main
# tests run in CI (scripts/test), not in the image build
RUN mvn -B -ntp -Dmaven.test.skip=true package

FROM eclipse-temurin:25-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin sellmeapen \
    && mkdir -p /data /app \
    && chown sellmeapen /data
WORKDIR /app
COPY --from=build /src/target/sellmeapen.jar /app/sellmeapen.jar

# The same defaults as outside a container, with the database (and the admin-token file beside it)
# on the /data volume. Set ADMIN_TOKEN (or ADMIN_TOKEN_FILE), OPENAI_API_KEY and the rest with -e.
ENV APP_PORT=3000 \
    ADMIN_PORT=3001 \
    BASE_PATH=/SellMeAPenExt \
    DATABASE_URL=jdbc:sqlite:/data/sellmeapen.db \
    DJL_CACHE_DIR=/tmp/sellmeapen-djl
# A start-up cache recorded by one offline warm-up session (see scripts/lib/jvm.sh): later starts
# load classes and method profiles from it instead of the jar.
RUN DJL_CACHE_DIR=/tmp/warm-up-djl java --enable-native-access=ALL-UNNAMED \
        -XX:AOTCacheOutput=/app/sellmeapen.aot -jar /app/sellmeapen.jar --warm-up \
    && rm -rf /tmp/warm-up-djl /tmp/sellmeapen-warm-up*
VOLUME /data
EXPOSE 3000 3001
USER sellmeapen
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://127.0.0.1:3000/SellMeAPenExt/health/ready || exit 1
# SIGTERM (docker stop) stops gracefully and exits 0
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "-XX:AOTCache=/app/sellmeapen.aot", "-jar", "/app/sellmeapen.jar"]
