"""Linux: which collected shared libraries the bundle can leave to the system.

``libcups`` (printing) is only of use where CUPS is installed, and there the system's own copy
is: without CUPS there is no printer to print to. Bundling it brings in about 10 MB of TLS,
Kerberos and Avahi libraries that nothing else needs. Those libraries, and every library only
they need, are dropped; a library anything else still needs, or that is not linked at all (Qt
opens some at run time), stays. build.spec applies it to PyInstaller's binaries on Linux.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable, Iterable, Mapping
from pathlib import PurePath

SYSTEM_PROVIDED = re.compile(r"^libcups\.so")
NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[(.+)\]")


def needed(path: str) -> set[str]:
    """The sonames ``path`` links to directly (``readelf -d``, from binutils)."""
    output = subprocess.run(["readelf", "-d", path], capture_output=True, text=True).stdout
    return set(NEEDED.findall(output))


def reachable(roots: Iterable[str], links: Mapping[str, set[str]]) -> set[str]:
    """Every file name reached from ``roots`` through ``links`` (file name -> sonames)."""
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        stack.extend(links.get(name, ()))
    return seen


def left_to_system(
    binaries: Iterable[tuple[str, str]], read_links: Callable[[str], set[str]] = needed
) -> set[str]:
    """Bundle paths (of ``(bundle path, source path)`` pairs) that can be left to the system."""
    entries = list(binaries)
    top = {PurePath(dest).name: dest for dest, _ in entries if "/" not in dest.replace("\\", "/")}
    shared = {name for name in top if ".so" in name}
    links = {PurePath(dest).name: read_links(source) for dest, source in entries}
    roots = [PurePath(dest).name for dest, _ in entries if PurePath(dest).name not in shared]
    system = {name for name in shared if SYSTEM_PROVIDED.search(name)}
    with_system = reachable(roots, links)
    without = reachable(roots, {k: v - system for k, v in links.items() if k not in system})
    dropped = system | ((with_system - without) & shared)
    return {top[name] for name in dropped}
