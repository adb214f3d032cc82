"""The built-in playbook's checked entries of one language, kept as JSON in the user's cache
folder: a start reads one small file instead of parsing and checking every TOML file.

The file carries a fingerprint of the app's version and of each built-in file of the language
and each module that checks them (name, size, time changed), in full, and its name a checksum of
it, so a changed file is read afresh and written anew. Only the built-in text is kept there,
never the owner's; a cache that cannot be read or written is simply not used.
"""

from __future__ import annotations

import contextlib
import json
import os
import zlib
from collections.abc import Callable
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from coach import __version__
from coach.system.files import write_text_atomic
from coach.system.paths import cache_dir

Entries = dict[str, dict[str, Any]]
CHECKING_MODULES = ("loader.py", "schema.py", "model.py", "reply_words.py", "cache.py")


def _fingerprint(folder: Traversable) -> str | None:
    """None when the files are not plain files (a zipped install): nothing is cached then."""
    if not isinstance(folder, Path):
        return None
    here = Path(__file__).parent
    files = [*folder.glob("*.toml"), here / "principles.toml"]
    files += [here / name for name in CHECKING_MODULES if (here / name).is_file()]
    try:
        stats = [(f.name, f.stat().st_size, f.stat().st_mtime_ns) for f in sorted(files)]
    except OSError:
        return None
    return repr((__version__, stats))


def builtin_entries(lang: str, folder: Traversable, read: Callable[[], Entries]) -> Entries:
    """The entries ``read`` returns for the built-in ``folder`` of ``lang``, from the cache
    when the files are unchanged since it was written."""
    key = _fingerprint(folder)
    if key is None:
        return read()
    # A checksum names the file (no hashlib: OpenSSL costs 2 ms at start); the key inside decides.
    path = cache_dir() / f"playbook-{lang}-{zlib.crc32(key.encode()):08x}.json"
    with contextlib.suppress(OSError, ValueError):
        cached = json.loads(path.read_bytes())
        if isinstance(cached, dict) and cached.get("key") == key:
            entries = cached.get("entries")
            if isinstance(entries, dict):
                return entries
    entries = read()
    with contextlib.suppress(OSError, TypeError, ValueError):
        text = json.dumps({"key": key, "entries": entries}, ensure_ascii=False)
        if json.loads(text)["entries"] == entries:  # TOML dates, say, would not come back the same
            path.parent.mkdir(parents=True, exist_ok=True)
            os.chmod(path.parent, 0o700)
            write_text_atomic(path, text)
            for old in path.parent.glob(f"playbook-{lang}-*.json"):
                if old != path:
                    old.unlink(missing_ok=True)
    return entries
