# syntax=docker/dockerfile:1
# dutybot: build a static binary, run it on a distroless base as a non-root user.
#   docker build -t dutybot .
#   docker run --env-file .env -p 8080:8080 dutybot            # serve (the default command)
#   docker run --rm dutybot ask "市商务局负责哪些任务?"           # any other subcommand

FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# timetzdata embeds the zone database, so Asia/Shanghai resolves on any base image.
RUN CGO_ENABLED=0 go build -trimpath -tags timetzdata -ldflags="-s -w" -o /out/dutybot ./cmd/dutybot \
 && mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/dutybot /usr/local/bin/dutybot
# The index snapshot cache; the plans themselves live in Redis.
COPY --from=build --chown=65532:65532 /out/data /data
ENV DUTYBOT_DATA_DIR=/data \
    DUTYBOT_HTTP_ADDR=:8080 \
    LOG_FORMAT=json
VOLUME /data
# /healthz and /metrics; in SLACK_MODE=http also /slack/events, /slack/commands, /slack/interactions.
EXPOSE 8080
USER nonroot:nonroot
ENTRYPOINT ["/usr/local/bin/dutybot"]
CMD ["serve"]
