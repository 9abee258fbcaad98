"""Observers of gateway requests (``aire.gateway.observer.GatewayObserver``): Prometheus
metrics, the access log; tracing, audit and drift taps plug in the same way."""
