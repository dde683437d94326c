# The two commands of the README. Each one sets up what it needs first.
.PHONY: demo test setup-app setup-test run clean

demo: setup-app  ## set everything up and start the app on the embedded demo backend
	@if [ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ] && [ -z "$${QT_QPA_PLATFORM:-}" ]; then \
	  echo "No display found. Run this on a desktop session (or: xvfb-run make demo)."; exit 1; fi
	.venv/bin/kiosk --demo

test: setup-test  ## set everything up and run lint, types, import contracts and the tests
	./scripts/test.sh

run: setup-app  ## the app against the configured Trybe site (see README)
	.venv/bin/kiosk

setup-app:
	./scripts/bootstrap.sh app

setup-test:
	./scripts/bootstrap.sh test

clean:
	rm -rf .venv .tools .pytest_cache .mypy_cache .ruff_cache .import_linter_cache
