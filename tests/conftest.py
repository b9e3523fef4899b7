"""Shared test configuration."""

from hypothesis import HealthCheck, settings

# Timing deadlines make property tests flaky on a loaded 2-core CI machine; speed is
# measured by the benchmarks, not asserted in tests.
settings.register_profile("newskit", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("newskit")
