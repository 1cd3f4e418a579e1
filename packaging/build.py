"""Build FirstLoan Desk into dist/FirstLoanDesk/ (one folder), plus a .tar.gz on Linux or the
Inno Setup installer on Windows.

    python packaging/build.py               # Linux/macOS: dist/FirstLoanDesk/ + dist/FirstLoanDesk-<ver>-linux-<arch>.tar.gz
    python packaging/build.py --installer   # Windows: also dist/FirstLoanDesk-<ver>-setup.exe (needs Inno Setup 6)

Run it with the Python that has the app and the ``package`` extra installed (``pip install -e .[package]``);
``scripts/build`` does that in .venv first. The version comes from desktop/__init__.py only.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_plan as plan

ROOT = plan.ROOT
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
SPEC = ROOT / "packaging" / "firstloan.spec"
ISS = ROOT / "packaging" / "windows" / "firstloan.iss"
TRANSLATIONS_TOOL = ROOT / "tools" / "build_translations.py"


def _run(cmd: list[str]) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=ROOT, check=True)


def compile_translations() -> None:
    # The UI's .ts sources are compiled to .qm by the UI's own tool, when it exists.
    if TRANSLATIONS_TOOL.exists():
        _run([sys.executable, str(TRANSLATIONS_TOOL)])
    else:
        print(f"note: {TRANSLATIONS_TOOL.relative_to(ROOT)} not found; no app translations compiled")


def run_pyinstaller() -> Path:
    _run(
        [
            sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--clean",
            "--distpath", str(DIST), "--workpath", str(WORK),
        ]
    )  # fmt: skip
    return DIST / plan.APP_DIR_NAME


def make_archive(bundle: Path, version: str) -> Path:
    system = platform.system().lower()
    arch = platform.machine().lower().replace("amd64", "x86_64")
    archive = DIST / f"{plan.APP_DIR_NAME}-{version}-{system}-{arch}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=plan.APP_DIR_NAME)  # symlinks stay symlinks
    return archive


def find_iscc() -> Path:
    found = shutil.which("iscc") or shutil.which("ISCC")
    candidates = [Path(found)] if found else []
    for env in ("ProgramFiles(x86)", "ProgramFiles"):
        if os.environ.get(env):
            candidates.append(Path(os.environ[env]) / "Inno Setup 6" / "ISCC.exe")
    for candidate in candidates:
        if candidate.exists():
            return candidate
    raise SystemExit(
        "Inno Setup 6 (ISCC.exe) not found: install it (choco install innosetup) or put it on PATH"
    )


def make_installer(bundle: Path, version: str) -> Path:
    _run(
        [
            str(find_iscc()), f"/DMyAppVersion={version}",
            f"/DMyAppFileVersion={'.'.join(map(str, plan.numeric_version(version)))}", f"/DBundleDir={bundle}",
            f"/DOutputDir={DIST}", str(ISS),
        ]
    )  # fmt: skip
    return DIST / f"{plan.APP_DIR_NAME}-{version}-setup.exe"


def tree_size(path: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            file = Path(dirpath) / name
            if not file.is_symlink():
                total += file.stat().st_size
    return total


def _mib(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MiB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--installer", action="store_true", help="Windows: compile the Inno Setup installer")
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz (Linux/macOS)")
    args = parser.parse_args(argv)

    version = plan.read_version()
    started = time.monotonic()
    compile_translations()
    bundle = run_pyinstaller()
    built = time.monotonic()
    print(
        f"\nFirstLoan Desk {version}: {bundle} ({_mib(tree_size(bundle))}) built in {built - started:.0f} s"
    )
    if sys.platform != "win32" and not args.no_archive:
        archive = make_archive(bundle, version)
        print(f"archive: {archive} ({_mib(archive.stat().st_size)}) in {time.monotonic() - built:.0f} s")
    if args.installer:
        if sys.platform != "win32":
            raise SystemExit("--installer needs Windows (Inno Setup)")
        installer = make_installer(bundle, version)
        print(f"installer: {installer} ({_mib(installer.stat().st_size)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
