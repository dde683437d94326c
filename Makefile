# The two commands of the README. Each one sets up what it needs first.
.PHONY: demo test audit bundle bundle-smoke setup-app setup-test setup-bundle run clean

demo: setup-app  ## set everything up and start the app on the embedded demo backend
	@if [ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ] && [ -z "$${QT_QPA_PLATFORM:-}" ]; then \
	  echo "No display found. Run this on a desktop session (or: xvfb-run make demo)."; exit 1; fi
	.venv/bin/kiosk --demo

test: setup-test  ## set everything up and run lint, types, import contracts and the tests
	./scripts/test.sh

bundle: setup-bundle  ## the frozen app in dist/kiosk/ (no Python needed to run it)
	.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
	  --distpath dist --workpath build/pyinstaller packaging/pyinstaller/kiosk.spec
	@du -sh dist/kiosk

audit:  ## every package in uv.lock against known vulnerabilities (needs PyPI's advisory data)
	bash scripts/audit.sh

bundle-smoke:  ## start the frozen app as CI does: doctor, a scan, the demo window, stderr clean
	.venv/bin/python packaging/smoke.py dist/kiosk

run: setup-app  ## the app against the configured Trybe site (see README)
	.venv/bin/kiosk

setup-app:
	./scripts/bootstrap.sh app

setup-test:
	./scripts/bootstrap.sh test

setup-bundle:
	./scripts/bootstrap.sh bundle

clean:
	rm -rf .venv .tools .pytest_cache .mypy_cache .ruff_cache .import_linter_cache build dist
