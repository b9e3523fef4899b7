"""The newskit test suite (a package, so that test folders named like standard modules, tests/numbers and tests/html, never shadow them)."""
