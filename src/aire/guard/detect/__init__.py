"""Detectors: pure, precompiled functions from text to findings, shared by the scanners."""
