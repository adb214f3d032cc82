"""Builds and checks the release files: the sdist, the wheel and the bundle archive.

    scripts/release [--out DIR] [--skip-bundle]        (or .venv/bin/python scripts/release.py)

1. ``python -m build``: the sdist, then the wheel built from that sdist; any build warning fails.
2. The wheel's contents against the source tree: every module and playbook, the fonts and their
   licence, a compiled catalogue per translated language, the icons; nothing else.
3. The wheel installed (not editable, no dependencies: those come from this environment through
   a .pth line) into a fresh virtual environment and started offscreen in every language; its
   menus must be in that language.
4. scripts/build_bundle.py builds and smoke-runs the bundle, archived beside the other two.

Prints each file's size; exits non-zero on the first failed step.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import site
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import build_bundle  # noqa: E402
from build_bundle import menu_label  # noqa: E402

from coach import __version__  # noqa: E402
from coach.system.platforms import executable_name, scripts_folder  # noqa: E402
from coach.text.languages import LANGUAGES, SOURCE_LANGUAGE, TRANSLATED_LANGUAGES  # noqa: E402

BUILD_WARNING = re.compile(r"warning|would be ignored|deprecat", re.IGNORECASE)
START_TIMEOUT = 120
NOT_SHIPPED = {".ts"}  # translation sources: the compiled .qm ship


@dataclass
class Dists:
    sdist: Path
    wheel: Path
    log: str

    def warnings(self) -> list[str]:
        """Lines of the build log that warn (setuptools, pip or the build frontend)."""
        return [line for line in self.log.splitlines() if BUILD_WARNING.search(line)]


def build_env() -> dict[str, str]:
    """This environment, less the setting that makes setuptools warn it cannot byte-compile."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def build_dists(out: Path) -> Dists:
    """The sdist and the wheel built from it (``python -m build``) in ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)]
    done = subprocess.run(command, capture_output=True, text=True, env=build_env())
    if done.returncode != 0:
        raise SystemExit(f"python -m build failed:\n{done.stdout}{done.stderr}")
    (sdist,) = out.glob(f"complaint_coach-{__version__}.tar.gz")
    (wheel,) = out.glob(f"complaint_coach-{__version__}-*.whl")
    return Dists(sdist, wheel, done.stdout + done.stderr)


def mapped_folders() -> dict[str, Path]:
    """The folders pyproject.toml's package-dir installs inside coach, by their path in the
    wheel: assets/ as coach/assets, docs/guide/ as coach/guide."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    mapping = config["tool"]["setuptools"]["package-dir"]
    return {
        package.replace(".", "/"): ROOT / folder for package, folder in mapping.items() if package
    }


def shipped_sources() -> set[str]:
    """The wheel's files, as the source tree says they should be (paths inside the wheel)."""
    files = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "coach").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    for inside, folder in mapped_folders().items():
        files |= {
            f"{inside}/{path.relative_to(folder).as_posix()}"
            for path in folder.rglob("*")
            if path.is_file() and "__pycache__" not in path.parts and path.suffix not in NOT_SHIPPED
        }
    return files


def wheel_problems(wheel: Path) -> list[str]:
    """What the wheel lacks or holds by mistake; empty when complete."""
    with zipfile.ZipFile(wheel) as archive:
        names = {name for name in archive.namelist() if not name.endswith("/")}
    package = {name for name in names if ".dist-info/" not in name}
    required = shipped_sources() | {
        f"coach/assets/translations/coach_{lang}.qm" for lang in TRANSLATED_LANGUAGES
    }
    required |= {
        f"coach/playbooks/{lang}/{path.name}"
        for lang in LANGUAGES
        for path in (ROOT / "coach" / "playbooks" / SOURCE_LANGUAGE).glob("*.toml")
    }
    required |= {"coach/assets/fonts/OFL.txt", "coach/assets/icons/complaint-coach.svg"}
    required |= {f"coach/guide/{lang}.html" for lang in LANGUAGES}
    problems = [f"missing from the wheel: {name}" for name in sorted(required - package)]
    problems += [f"not expected in the wheel: {name}" for name in sorted(package - required)]
    metadata = [name for name in names if name.endswith(".dist-info/entry_points.txt")]
    if not metadata:
        problems.append("the wheel has no entry points (the coach command)")
    else:
        with zipfile.ZipFile(wheel) as archive:
            if "coach = coach.cli:main" not in archive.read(metadata[0]).decode():
                problems.append("the wheel does not install the coach command")
    if not any(re.search(r"\.dist-info/licenses/LICENSE$", name) for name in names):
        problems.append("the wheel carries no LICENSE")
    return problems


def sdist_problems(sdist: Path) -> list[str]:
    """What the sdist lacks to rebuild the wheel and its translations; empty when complete."""
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    required = {"pyproject.toml", "setup.py", "README.md", "LICENSE"}
    required |= {f"assets/translations/coach_{lang}.ts" for lang in TRANSLATED_LANGUAGES}
    return [f"missing from the sdist: {name}" for name in sorted(required - names)]


def install_in_fresh_venv(wheel: Path, folder: Path) -> Path:
    """A new virtual environment in ``folder`` with the wheel installed (not editable, without
    its dependencies, which it finds in this environment's site-packages); its interpreter."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    python = scripts_folder(folder) / executable_name("python")
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"]
    subprocess.run([*install, "--no-deps", "--no-index", str(wheel)], check=True)
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    ours = [*site.getsitepackages(), sysconfig.get_path("purelib")]
    lines = dict.fromkeys(path for path in ours if Path(path).is_dir())
    (Path(purelib) / "complaint-coach-deps.pth").write_text("\n".join(lines) + "\n")
    return python


def start_installed(python: Path, lang: str, data: Path) -> subprocess.CompletedProcess[str]:
    """Runs the installed ``coach`` offscreen in ``lang`` on ``data``; it closes once shown."""
    coach = python.parent / executable_name("coach")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COACH_SMOKE_TEST="1")
    env.pop("COACH_DATA_DIR", None)
    command = [str(coach), "--data-dir", str(data), "--lang", lang]
    return subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", env=env,
        cwd=data.parent, timeout=START_TIMEOUT,
    )  # fmt: skip


def start_problems(python: Path, folder: Path) -> list[str]:
    """Problems starting the installed app in each language; empty when all went well."""
    problems = []
    for lang in LANGUAGES:
        done = start_installed(python, lang, folder / f"data-{lang}")
        if done.returncode != 0 or "main window shown" not in done.stdout:
            problems.append(f"{lang}: exit code {done.returncode}: {done.stderr[-500:]}")
        elif menu_label(lang) not in done.stdout:
            problems.append(f"{lang}: menus not translated: {done.stdout.strip()}")
        if "Traceback" in done.stderr:
            problems.append(f"{lang}: {done.stderr[-500:]}")
    return problems


def archive_bundle(bundle: Path, out: Path) -> Path:
    """The bundle folder packed for download: .zip on Windows, .tar.gz elsewhere."""
    platform = sysconfig.get_platform().replace("-", "_").replace(".", "_")
    base = out / f"{bundle.name}-{platform}"
    kind = "zip" if sys.platform == "win32" else "gztar"
    return Path(shutil.make_archive(str(base), kind, bundle.parent, bundle.name))


def shown(path: Path) -> str:
    return str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def megabytes(path: Path) -> str:
    if path.is_dir():
        files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
        return f"{sum(p.stat().st_size for p in files) / 1e6:.1f} MB"
    return f"{path.stat().st_size / 1e6:.1f} MB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "release")
    parser.add_argument("--skip-bundle", action="store_true", help="sdist and wheel only")
    args = parser.parse_args()
    shutil.rmtree(args.out, ignore_errors=True)
    print(f"building the sdist and the wheel into {args.out}", flush=True)
    dists = build_dists(args.out)
    problems = [f"build: {line}" for line in dists.warnings()]
    problems += sdist_problems(dists.sdist) + wheel_problems(dists.wheel)
    if not problems:
        print("installing the wheel into a fresh environment and starting it", flush=True)
        with tempfile.TemporaryDirectory(prefix="coach-release-") as temporary:
            python = install_in_fresh_venv(dists.wheel, Path(temporary) / "venv")
            problems += start_problems(python, Path(temporary))
    for problem in problems:
        print(f"release check failed: {problem}", file=sys.stderr)
    if problems:
        return 1
    sizes = [("sdist", dists.sdist), ("wheel", dists.wheel)]
    if not args.skip_bundle:
        if build_bundle.main([]) != 0:
            return 1
        archive = archive_bundle(build_bundle.BUNDLE, args.out)
        sizes += [("bundle folder", build_bundle.BUNDLE), ("bundle archive", archive)]
    print("release files checked:")
    for what, path in sizes:
        print(f"  {what:15} {megabytes(path):>9}  {shown(path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
