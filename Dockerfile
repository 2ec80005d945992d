# Two stages: build the fat jar with Maven on JDK 21, run it on a JRE 21.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml ./
COPY db ./db
COPY templates ./templates
COPY src ./src
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:21-jre
RUN useradd --system --home-dir /app sellmeapen && mkdir -p /app/data && chown sellmeapen /app/data
WORKDIR /app
COPY --from=build /src/target/sellmeapen.jar /app/sellmeapen.jar
USER sellmeapen
ENV DATABASE_URL=jdbc:sqlite:/app/data/sellmeapen.db
VOLUME ["/app/data"]
EXPOSE 3000 3001
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "-jar", "/app/sellmeapen.jar"]
