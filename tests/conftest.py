"""Shared test configuration: hypothesis profiles.

Profiles:
    dev: the default on a developer's machine; a moderate number of examples.
    ci: the default when the environment variable ``CI`` is set; fewer examples and no
        deadline, so that a shared, noisy machine never fails a test for being slow.

Choose one explicitly with ``HYPOTHESIS_PROFILE=dev`` or ``--hypothesis-profile=ci``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "dev",
    max_examples=100,
    deadline=None,
)
settings.register_profile(
    "ci",
    max_examples=50,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev")
)
