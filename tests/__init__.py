"""reportkit's tests. They mirror the package (tests/lv, tests/read, tests/models, tests/render,
tests/output, tests/jobs, tests/cli); tests/templates checks the built-in templates,
tests/bad_inputs the catalogue of bad input, tests/security and tests/robustness attacks and
faults. Shared helpers are in tests/helpers."""
