"""Telemetry: what the gateway measures about its answers (quality SLIs, answer
features), traces and their export."""
