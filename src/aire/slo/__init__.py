"""SLOs: specs, multi-window multi-burn-rate rules, validation and status.

- ``specs``: read Sloth (``prometheus/v1``, ``PrometheusServiceLevel``), OpenSLO
  (v1alpha, v1; ratio SLIs) and aire's own spec into ``model.SLO``;
- ``rules``: Prometheus recording and alerting rules (Sloth's series and labels), with a
  low-traffic guard and absent-data alerts; ``windows``: the SRE workbook's windows;
- ``validate``: the checks of ``promtool check rules`` (and promtool when installed);
- ``status``: budget remaining and burn rates from a Prometheus HTTP API.
"""
